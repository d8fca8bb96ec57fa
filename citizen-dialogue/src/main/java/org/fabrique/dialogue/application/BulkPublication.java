package org.fabrique.dialogue.application;

import java.util.List;

/**
 * What a bulk publication did: the recommendations whose answers are now public (those already public included),
 * and those refused, each with the key of the message that says why.
 */
public record BulkPublication(List<Long> published, List<Refusal> refused) {

    public BulkPublication {
        published = List.copyOf(published);
        refused = List.copyOf(refused);
    }

    /** A recommendation left as it was, and the message key of why. */
    public record Refusal(long id, String messageKey) {
    }
}
