package org.fabrique.prospective.domain;

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

    private static String atMost(String stripped, String field, int maxLength) {
        if (stripped.length() > maxLength) {
            throw new IllegalArgumentException(field + " must be at most " + maxLength + " characters, got " + stripped.length());
        }
        return stripped;
    }
}
