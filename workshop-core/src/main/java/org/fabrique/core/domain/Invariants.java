package org.fabrique.core.domain;

import java.util.Objects;

/**
 * The argument checks every mission's entities and values share: the one place where a required or optional
 * text, an id or a bounded number is refused, each refusal naming its field.
 */
public final class Invariants {

    private Invariants() {
    }

    /** Returns {@code value} stripped, refusing null, blank, or longer than {@code maxLength} once stripped. */
    public static String requiredText(String value, String field, int maxLength) {
        Objects.requireNonNull(value, field + " is required");
        String stripped = value.strip();
        if (stripped.isEmpty()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return atMost(stripped, field, maxLength);
    }

    /** Returns {@code value} stripped, or null when it is null or blank; refuses longer than {@code maxLength}. */
    public static String optionalText(String value, String field, int maxLength) {
        return value == null || value.isBlank() ? null : atMost(value.strip(), field, maxLength);
    }

    /** The text exactly as given, spaces and line breaks included; only a missing or blank one is refused. */
    public static String verbatimText(String value, String field, int maxLength) {
        Objects.requireNonNull(value, field + " is required");
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return atMost(value, field, maxLength);
    }

    /** The username of whoever acts, as accounts store it. */
    public static String username(String value, String field) {
        return requiredText(value, field, Account.USERNAME_MAX_LENGTH);
    }

    /** Refuses an id that is not positive; null stays null. */
    public static Long optionalId(Long id, String field) {
        if (id != null && id <= 0) {
            throw new IllegalArgumentException(field + " must be positive, got " + id);
        }
        return id;
    }

    public static long requiredId(long id, String field) {
        if (id <= 0) {
            throw new IllegalArgumentException(field + " must be positive, got " + id);
        }
        return id;
    }

    public static int between(int value, String field, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(field + " must be between " + min + " and " + max + ", got " + value);
        }
        return value;
    }

    private static String atMost(String text, String field, int maxLength) {
        if (text.length() > maxLength) {
            throw new IllegalArgumentException(field + " must be at most " + maxLength + " characters, got " + text.length());
        }
        return text;
    }
}
