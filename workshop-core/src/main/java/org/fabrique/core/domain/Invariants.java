package org.fabrique.core.domain;

import java.util.Objects;

/** Argument checks shared by the entities of this package. */
final class Invariants {

    private Invariants() {
    }

    /**
     * Returns {@code value} trimmed, refusing null, blank, or longer than {@code maxLength} once trimmed.
     */
    static String requiredText(String value, String field, int maxLength) {
        Objects.requireNonNull(value, field + " is required");
        String trimmed = value.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        if (trimmed.length() > maxLength) {
            throw new IllegalArgumentException(
                    field + " must be at most " + maxLength + " characters, got " + trimmed.length());
        }
        return trimmed;
    }
}
