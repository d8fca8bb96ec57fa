package org.fabrique.web.api.idempotency;

/** An {@code Idempotency-Key} header that is empty, too long, repeated or holds characters a key may not. */
public class MalformedIdempotencyKey extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MalformedIdempotencyKey(String message) {
        super(message);
    }
}
