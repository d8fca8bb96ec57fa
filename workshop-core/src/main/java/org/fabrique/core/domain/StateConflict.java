package org.fabrique.core.domain;

import jakarta.ejb.ApplicationException;

/**
 * A domain rule refuses the action in the record's current state (submitting outside the window,
 * arbitrating before a feasibility opinion…), or the record changed since the caller read it (a stale
 * version). The message key names the case in {@code ValidationMessages}; the API answers 409, a page
 * shows the message; the transaction rolls back and nothing is changed.
 */
@ApplicationException(rollback = true)
public class StateConflict extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The message key of a stale version: the record changed since the caller read it. */
    public static final String STALE = "record.stale";

    private final String messageKey;

    public StateConflict(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }

    public static StateConflict staleVersion() {
        return new StateConflict(STALE);
    }
}
