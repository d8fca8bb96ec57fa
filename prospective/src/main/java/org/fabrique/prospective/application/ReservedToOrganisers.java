package org.fabrique.prospective.application;

import jakarta.ejb.ApplicationException;

/**
 * An act the method reserves to the workshop's president and the pôle (submitting a version, recording
 * the group's decision on an amendment, the adoption, the action plan) asked for by someone else.
 * Refused as forbidden (403).
 */
@ApplicationException(rollback = true)
public class ReservedToOrganisers extends SecurityException {

    private static final long serialVersionUID = 1L;

    public ReservedToOrganisers(long workshopId) {
        super("reserved to the president and the pôle in workshop " + workshopId);
    }
}
