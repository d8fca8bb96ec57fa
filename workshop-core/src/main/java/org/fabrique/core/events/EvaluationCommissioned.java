package org.fabrique.core.events;

import java.time.Instant;
import java.util.Objects;
import org.fabrique.core.domain.ResourceRef;

/**
 * A record (a workshop's reference document, an evaluation's recommendation) has commissioned an
 * evaluation. The evaluation module observes it, creates the evaluation in framing with this origin, and
 * records it as the commission's target ({@code CommissionService.fulfil}) in the same transaction.
 */
public record EvaluationCommissioned(long commissionId, ResourceRef origin, String originLabel, String title,
        String brief, Long policyId, String requestedBy, Instant occurredAt) implements IntegrationEvent {

    public EvaluationCommissioned {
        Objects.requireNonNull(origin, "origin is required");
        Objects.requireNonNull(title, "title is required");
        Objects.requireNonNull(occurredAt, "occurredAt is required");
    }

    @Override
    public ResourceRef subject() {
        return origin;
    }
}
