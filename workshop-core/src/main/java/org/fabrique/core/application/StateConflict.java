package org.fabrique.core.application;

import jakarta.ejb.ApplicationException;

/**
 * The action conflicts with the record's current state, or the record changed since the caller read
 * it (a stale version). The message key names the case in {@code ValidationMessages}.
 */
@ApplicationException(rollback = true)
public class StateConflict extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;

    public StateConflict(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }

    public static StateConflict staleVersion() {
        return new StateConflict("record.stale");
    }
}
