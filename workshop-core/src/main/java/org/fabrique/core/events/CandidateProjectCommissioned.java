package org.fabrique.core.events;

import java.time.Instant;
import java.util.Objects;
import org.fabrique.core.domain.ResourceRef;

/**
 * A record (a workshop's reference document, an evaluation's recommendation) has commissioned a
 * citizen-dialogue project. The citizen-dialogue module observes it, writes a draft candidate for
 * {@code directorateId} in the next open programme, and records it as the commission's target
 * ({@code CommissionService.fulfil}) in the same transaction.
 */
public record CandidateProjectCommissioned(long commissionId, ResourceRef origin, String originLabel, String title,
        String brief, long directorateId, Long policyId, String requestedBy, Instant occurredAt)
        implements IntegrationEvent {

    public CandidateProjectCommissioned {
        Objects.requireNonNull(origin, "origin is required");
        Objects.requireNonNull(title, "title is required");
        Objects.requireNonNull(occurredAt, "occurredAt is required");
    }

    @Override
    public ResourceRef subject() {
        return origin;
    }
}
