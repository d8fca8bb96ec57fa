package org.fabrique.evaluation.domain;

import java.util.Objects;

/** Argument checks on texts shared by this package's entities. */
final class Texts {

    private Texts() {
    }

    static String required(String value, String field, int maxLength) {
        Objects.requireNonNull(value, field + " is required");
        String stripped = value.strip();
        if (stripped.isEmpty()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return atMost(stripped, field, maxLength);
    }

    static String optional(String value, String field, int maxLength) {
        return value == null || value.isBlank() ? null : atMost(value.strip(), field, maxLength);
    }

    /** The text exactly as given, spaces and line breaks included; only a blank one is refused. */
    static String verbatim(String value, String field, int maxLength) {
        Objects.requireNonNull(value, field + " is required");
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return atMost(value, field, maxLength);
    }

    private static String atMost(String text, String field, int maxLength) {
        if (text.length() > maxLength) {
            throw new IllegalArgumentException(field + " must be at most " + maxLength + " characters, got " + text.length());
        }
        return text;
    }
}
