package org.fabrique.web.api.core;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.fabrique.core.application.CommissionOrder;
import org.fabrique.core.domain.Commission;
import org.fabrique.core.domain.CommissionKind;

/**
 * What the pôle commissions: {@code kind} {@code EVALUATION} or {@code CANDIDATE_PROJECT}, a title, a
 * brief, the directorate that will carry a candidate project, the public policy (by default the origin's).
 */
public record CommissionForm(
        @NotNull(message = "{commission.kind.required}") CommissionKind kind,
        @NotBlank(message = "{commission.title.required}")
        @Size(max = Commission.TITLE_MAX_LENGTH, message = "{commission.title.tooLong}") String title,
        @Size(max = Commission.BRIEF_MAX_LENGTH, message = "{commission.brief.tooLong}") String brief,
        Long directorateId,
        Long policyId) {

    public CommissionOrder order() {
        return new CommissionOrder(kind, title, brief, directorateId, policyId);
    }
}
