package org.fabrique.web.api.core;

import java.time.Instant;
import org.fabrique.core.application.CommissionView;
import org.fabrique.core.domain.CommissionKind;

/**
 * A commission between missions in the API: {@code origin} and {@code target} are written {@code KIND:id}
 * ({@code WORKSHOP:12}, {@code EVALUATION:3}, {@code CANDIDATE_PROJECT:40}).
 */
public record CommissionJson(long id, CommissionKind kind, String origin, String originLabel, String target,
        String title, String brief, Long directorateId, Long policyId, String requestedBy, Instant requestedAt) {

    public static CommissionJson of(CommissionView c) {
        return new CommissionJson(c.id(), c.kind(), c.origin().toString(), c.originLabel(),
                c.target() == null ? null : c.target().toString(), c.title(), c.brief(), c.directorateId(),
                c.policyId(), c.requestedBy(), c.requestedAt());
    }
}
