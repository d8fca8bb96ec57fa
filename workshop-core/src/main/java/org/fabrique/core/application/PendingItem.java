package org.fabrique.core.application;

import java.util.List;
import java.util.Objects;

/**
 * One thing waiting for someone: what it is (a message key of the pages' bundle and its arguments, so
 * the page says it in the reader's language: a count as a number, for the message to choose singular or plural;
 * a year or a title as text), where to act, and how many of them.
 */
public record PendingItem(String messageKey, List<Object> arguments, String path) {

    public PendingItem {
        Objects.requireNonNull(messageKey, "messageKey");
        Objects.requireNonNull(path, "path");
        arguments = List.copyOf(arguments);
    }
}
