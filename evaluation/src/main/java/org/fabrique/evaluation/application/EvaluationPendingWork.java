package org.fabrique.evaluation.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.fabrique.core.application.Caller;
import org.fabrique.core.application.PendingItem;
import org.fabrique.core.application.PendingWork;
import org.fabrique.core.application.Roles;
import org.fabrique.core.domain.PageRequest;
import org.fabrique.core.domain.Role;
import org.fabrique.evaluation.application.EvaluationRecommendationView;
import org.fabrique.evaluation.domain.Evaluation;
import org.fabrique.evaluation.domain.EvaluationRepository;

/**
 * What the evaluations ask of a person on their home page: the recommendations whose follow-up is
 * overdue, per evaluation — a directorate's own, or every one for the pôle — and, for the pôle, the
 * evaluations in progress with the step each is at. One page of the
 * recommendations sorted overdue first is read, so the cost does not grow with the data.
 */
@Stateless
@RolesAllowed({Roles.POLE, Roles.DIRECTORATE, Roles.ELECTED, Roles.PARTICIPANT})
public class EvaluationPendingWork implements PendingWork {

    /** At most so many evaluations in progress on the pôle's home page. */
    static final int AT_MOST = 5;

    @Inject
    EvaluationRecommendationService recommendations;

    @Inject
    EvaluationRepository evaluations;

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
        Map<Long, List<EvaluationRecommendationView>> overdue = new LinkedHashMap<>();
        for (EvaluationRecommendationView r : recommendations.page(directorate, new PageRequest(0, PageRequest.MAX_SIZE)).items()) {
            if (!r.overdue()) {
                break;
            }
            overdue.computeIfAbsent(r.evaluationId(), id -> new ArrayList<>()).add(r);
        }
        overdue.forEach((evaluationId, late) -> items.add(new PendingItem("pending.evaluation.overdue",
                List.of(late.size(), late.get(0).evaluationTitle()),
                "/evaluation/evaluation.xhtml?id=" + evaluationId + "#recommendations",
                late.stream().map(EvaluationRecommendationView::dueDate).filter(Objects::nonNull).min(Comparator.naturalOrder())
                        .orElse(null))));
        return items;
    }
}
