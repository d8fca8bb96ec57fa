package org.fabrique.core.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One thing waiting for someone: what it is (a message key of the pages' bundle and its arguments, so
 * the page says it in the reader's language: a count as a number, for the message to choose singular or plural;
 * a year or a title as text; a day as a {@link LocalDate}), where to act, and by when, if it has a date.
 *
 * @param due the day it falls due or takes place, or null when nothing dates it
 */
public record PendingItem(String messageKey, List<Object> arguments, String path, LocalDate due) {

    /** Every key starts so; the rest names the kind of item, as the API gives it. */
    public static final String KEY_PREFIX = "pending.";

    public PendingItem {
        Objects.requireNonNull(messageKey, "messageKey");
        Objects.requireNonNull(path, "path");
        if (!messageKey.startsWith(KEY_PREFIX)) {
            throw new IllegalArgumentException("a pending item's key starts with " + KEY_PREFIX + ": " + messageKey);
        }
        arguments = List.copyOf(arguments);
    }

    /** An item without a date. */
    public PendingItem(String messageKey, List<Object> arguments, String path) {
        this(messageKey, arguments, path, null);
    }

    /** What kind of item it is, e.g. {@code dialogue.overdue}: the key without its prefix. */
    public String kind() {
        return messageKey.substring(KEY_PREFIX.length());
    }
}
