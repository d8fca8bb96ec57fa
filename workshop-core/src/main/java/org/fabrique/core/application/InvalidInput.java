package org.fabrique.core.application;

import jakarta.ejb.ApplicationException;
import java.util.Objects;

/**
 * An input that the application refuses once it has looked at the data (a username already taken,
 * say). It names the field and a message key of {@code ValidationMessages}; nothing is changed.
 */
@ApplicationException(rollback = true)
public class InvalidInput extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String messageKey;

    public InvalidInput(String field, String messageKey) {
        super(field + ": " + messageKey);
        this.field = Objects.requireNonNull(field, "field");
        this.messageKey = Objects.requireNonNull(messageKey, "messageKey");
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
