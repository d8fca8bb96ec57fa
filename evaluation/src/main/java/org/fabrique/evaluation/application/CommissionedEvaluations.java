package org.fabrique.evaluation.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.fabrique.core.application.CityClock;
import org.fabrique.core.application.CommissionService;
import org.fabrique.core.application.Roles;
import org.fabrique.core.domain.ResourceKind;
import org.fabrique.core.domain.ResourceRef;
import org.fabrique.core.events.EvaluationCommissioned;

/**
 * Receives an evaluation commissioned by another record (a workshop's chapter 5, an evaluation's
 * recommendation): creates it in framing, in this year's evaluation programme, with its origin, and tells
 * the core which evaluation answers the commission. Runs in the commissioning transaction.
 */
@Stateless
@RolesAllowed(Roles.POLE)
public class CommissionedEvaluations {

    @Inject
    EvaluationService evaluations;

    @Inject
    CommissionService commissions;

    @Inject
    CityClock clock;

    public void on(@Observes EvaluationCommissioned commissioned) {
        long created = evaluations.createCommissioned(clock.today().getYear(), commissioned.title(),
                commissioned.brief(), commissioned.originLabel(), commissioned.origin(), commissioned.commissionId(),
                commissioned.policyId());
        commissions.fulfil(commissioned.commissionId(), new ResourceRef(ResourceKind.EVALUATION, created));
    }
}
