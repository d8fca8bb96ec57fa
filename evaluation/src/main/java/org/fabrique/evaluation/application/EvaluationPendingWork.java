package org.fabrique.evaluation.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.fabrique.core.application.Caller;
import org.fabrique.core.application.CityClock;
import org.fabrique.core.application.PendingItem;
import org.fabrique.core.application.PendingWork;
import org.fabrique.core.application.Roles;
import org.fabrique.core.domain.Role;
import org.fabrique.evaluation.domain.Evaluation;
import org.fabrique.evaluation.domain.EvaluationRecommendationRepository;
import org.fabrique.evaluation.domain.EvaluationRepository;
import org.fabrique.evaluation.domain.OverdueFollowUps;

/**
 * What the evaluations ask of a person on their home page: the recommendations whose follow-up is
 * overdue, per evaluation — a directorate's own, or every one for the pôle — and, for the pôle, the
 * evaluations in progress with the step each is at. The overdue ones are counted per evaluation in the
 * database, so the cost does not grow with the recommendations.
 */
@Stateless
@RolesAllowed({Roles.POLE, Roles.DIRECTORATE, Roles.ELECTED, Roles.PARTICIPANT})
public class EvaluationPendingWork implements PendingWork {

    /** At most so many evaluations in progress on the pôle's home page. */
    static final int AT_MOST = 5;

    @Inject
    EvaluationRecommendationRepository recommendations;

    @Inject
    EvaluationRepository evaluations;

    @Inject
    CityClock clock;

    @Override
    public List<PendingItem> pendingFor(Caller caller) {
        List<PendingItem> items = new ArrayList<>();
        Long directorate;
        if (caller.role() == Role.POLE) {
            directorate = null;
            for (Evaluation evaluation : evaluations.inProgress(AT_MOST)) {
                items.add(new PendingItem("pending.evaluation.step." + evaluation.getStatus(),
                        List.of(evaluation.getTitle()), "/evaluation/evaluation.xhtml?id=" + evaluation.getId()));
            }
        } else if (caller.role() == Role.DIRECTORATE && caller.directorateId() != null) {
            directorate = caller.directorateId();
        } else {
            return items;
        }
        for (OverdueFollowUps late : recommendations.overdueByEvaluation(directorate, clock.today())) {
            items.add(new PendingItem("pending.evaluation.overdue", List.of(late.count(), late.evaluationTitle()),
                    "/evaluation/evaluation.xhtml?id=" + late.evaluationId() + "#recommendations", late.earliestDue()));
        }
        return items;
    }
}
