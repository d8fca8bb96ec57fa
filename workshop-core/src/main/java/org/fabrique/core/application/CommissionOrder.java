package org.fabrique.core.application;

import org.fabrique.core.domain.CommissionKind;

/**
 * What the pôle asks for when it commissions work from another mission: a title and a brief, the
 * directorate that will carry a candidate project, the public policy concerned if any.
 */
public record CommissionOrder(CommissionKind kind, String title, String brief, Long directorateId, Long policyId) {

    /** This order, about {@code defaultPolicyId} (the origin's policy) unless it names a policy itself. */
    public CommissionOrder withDefaultPolicy(Long defaultPolicyId) {
        return policyId != null ? this : new CommissionOrder(kind, title, brief, directorateId, defaultPolicyId);
    }
}
