package org.fabrique.evaluation.application;

import jakarta.ejb.ApplicationException;

/**
 * An evaluation's interviews or quotes asked for by someone who is neither on its steering committee
 * nor the pôle. Refused as forbidden (403), the evaluation's existence not being confidential.
 */
@ApplicationException(rollback = true)
public class NotOnSteeringCommittee extends SecurityException {

    private static final long serialVersionUID = 1L;

    public NotOnSteeringCommittee(long evaluationId) {
        super("not on the steering committee of evaluation " + evaluationId);
    }
}
