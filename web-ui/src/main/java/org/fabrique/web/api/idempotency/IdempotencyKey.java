package org.fabrique.web.api.idempotency;

import java.util.List;
import java.util.Optional;

/**
 * The value of an {@code Idempotency-Key} header: 1 to 255 printable ASCII characters, not only spaces,
 * sent as a plain value ({@code 8e03978e-40d5}) or as the quoted string the IETF draft writes
 * ({@code "8e03978e-40d5"}), which stands for the same key.
 */
public record IdempotencyKey(String value) {

    public static final String HEADER = "Idempotency-Key";
    public static final int MAX_LENGTH = 255;

    public IdempotencyKey {
        String problem = problem(value);
        if (problem != null) {
            throw new MalformedIdempotencyKey(problem);
        }
    }

    /**
     * The key of a request's header values: empty without the header.
     *
     * @throws MalformedIdempotencyKey when the header is repeated or its value is not a valid key
     */
    public static Optional<IdempotencyKey> of(List<String> headerValues) {
        if (headerValues == null || headerValues.isEmpty()) {
            return Optional.empty();
        }
        if (headerValues.size() > 1) {
            throw new MalformedIdempotencyKey("Send one " + HEADER + " header, not " + headerValues.size() + ".");
        }
        String value = headerValues.get(0) == null ? "" : headerValues.get(0).strip();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
            if (value.indexOf('"') >= 0 || value.indexOf('\\') >= 0) {
                throw new MalformedIdempotencyKey("The " + HEADER + " header may not contain quotes or backslashes.");
            }
        }
        return Optional.of(new IdempotencyKey(value));
    }

    /** What is wrong with a key, or null when it is valid. */
    private static String problem(String value) {
        if (value == null || value.isBlank()) {
            return "The " + HEADER + " header is empty: send 1 to " + MAX_LENGTH + " characters, e.g. a UUID.";
        }
        if (value.length() > MAX_LENGTH) {
            return "The " + HEADER + " header is " + value.length() + " characters long; at most " + MAX_LENGTH + ".";
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                return "The " + HEADER + " header may contain printable ASCII characters only (no control or "
                        + "accented characters).";
            }
        }
        return null;
    }
}
