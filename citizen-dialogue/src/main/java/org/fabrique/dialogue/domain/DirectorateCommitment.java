package org.fabrique.dialogue.domain;

import java.util.Objects;

/** The tally of one programme's recommendations assigned to one directorate. */
public record DirectorateCommitment(long programmeId, long directorateId, CommitmentTally tally) {

    public DirectorateCommitment {
        Objects.requireNonNull(tally, "tally is required");
    }
}
