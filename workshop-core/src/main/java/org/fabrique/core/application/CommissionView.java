package org.fabrique.core.application;

import java.time.Instant;
import org.fabrique.core.domain.Commission;
import org.fabrique.core.domain.CommissionKind;
import org.fabrique.core.domain.ResourceRef;

/** A commission between missions, as both of its ends show it. {@code target} is null only while it is being created. */
public record CommissionView(long id, CommissionKind kind, ResourceRef origin, String originLabel, ResourceRef target,
        String title, String brief, Long directorateId, Long policyId, String requestedBy, Instant requestedAt) {

    public static CommissionView of(Commission c) {
        return new CommissionView(c.getId(), c.getKind(), c.getOrigin(), c.getOriginLabel(), c.getTarget(), c.getTitle(),
                c.getBrief(), c.getDirectorateId(), c.getPolicyId(), c.getRequestedBy(), c.getRequestedAt());
    }
}
