package org.fabrique.dialogue.domain;

import java.util.Objects;
import org.fabrique.core.domain.Account;

/** Argument checks shared by the entities and values of this package. */
final class Invariants {

    private Invariants() {
    }

    /** Returns {@code value} stripped, refusing null, blank, or longer than {@code maxLength} once stripped. */
    static String requiredText(String value, String field, int maxLength) {
        Objects.requireNonNull(value, field + " is required");
        String stripped = value.strip();
        if (stripped.isEmpty()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return atMost(stripped, field, maxLength);
    }

    /** Returns {@code value} stripped, or null when it is null or blank; refuses longer than {@code maxLength}. */
    static String optionalText(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return atMost(value.strip(), field, maxLength);
    }

    /** The username of whoever acts, as accounts store it. */
    static String username(String value, String field) {
        return requiredText(value, field, Account.USERNAME_MAX_LENGTH);
    }

    /** Refuses an id that is not positive; null stays null. */
    static Long optionalId(Long id, String field) {
        if (id != null && id <= 0) {
            throw new IllegalArgumentException(field + " must be positive, got " + id);
        }
        return id;
    }

    static long requiredId(long id, String field) {
        if (id <= 0) {
            throw new IllegalArgumentException(field + " must be positive, got " + id);
        }
        return id;
    }

    static int between(int value, String field, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(field + " must be between " + min + " and " + max + ", got " + value);
        }
        return value;
    }

    private static String atMost(String stripped, String field, int maxLength) {
        if (stripped.length() > maxLength) {
            throw new IllegalArgumentException(
                    field + " must be at most " + maxLength + " characters, got " + stripped.length());
        }
        return stripped;
    }
}
