package org.fabrique.prospective.application;

import jakarta.ejb.ApplicationException;

/**
 * Confidential material of a workshop asked for by someone who is neither one of its members nor the
 * pôle (the seed's principle of protection): an elected official or a director outside the group
 * included. Refused as forbidden (403), the workshop's existence not being confidential.
 */
@ApplicationException(rollback = true)
public class NotAMemberOfWorkshop extends SecurityException {

    private static final long serialVersionUID = 1L;

    public NotAMemberOfWorkshop(long workshopId) {
        super("not a member of workshop " + workshopId);
    }
}
