package org.fabrique.web.api.idempotency;

/**
 * The answer kept for a key, replayed as it was first sent: its status, {@code Location}, content type
 * and body (each but the status may be null).
 */
public record StoredAnswer(int status, String location, String contentType, byte[] body) {

    public StoredAnswer {
        if (status < 200 || status > 299) {
            throw new IllegalArgumentException("only a success is stored, not " + status);
        }
        if (location != null && location.length() > 2000) {
            throw new IllegalArgumentException("location longer than 2000 characters");
        }
        if (contentType != null && contentType.length() > 200) {
            throw new IllegalArgumentException("content type longer than 200 characters");
        }
        body = body == null ? null : body.clone();
    }

    @Override
    public byte[] body() {
        return body == null ? null : body.clone();
    }
}
