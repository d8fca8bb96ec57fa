package org.fabrique.evaluation.application;

import jakarta.ejb.ApplicationException;

/**
 * The follow-up of a recommendation updated by someone who is neither the pôle nor an account of the
 * directorate that owns it. Refused as forbidden (403).
 */
@ApplicationException(rollback = true)
public class NotTheOwnerDirectorate extends SecurityException {

    private static final long serialVersionUID = 1L;

    public NotTheOwnerDirectorate(long recommendationId) {
        super("not the directorate owning evaluation recommendation " + recommendationId);
    }
}
