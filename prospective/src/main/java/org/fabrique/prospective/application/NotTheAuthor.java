package org.fabrique.prospective.application;

import jakarta.ejb.ApplicationException;

/** An amendment withdrawn by a member who did not propose it: only its author may (403). */
@ApplicationException(rollback = true)
public class NotTheAuthor extends SecurityException {

    private static final long serialVersionUID = 1L;

    public NotTheAuthor(long amendmentId) {
        super("not the author of amendment " + amendmentId);
    }
}
