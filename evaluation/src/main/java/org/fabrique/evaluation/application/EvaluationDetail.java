package org.fabrique.evaluation.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.fabrique.core.domain.ResourceRef;
import org.fabrique.evaluation.domain.Evaluation;
import org.fabrique.evaluation.domain.EvaluationObject;
import org.fabrique.evaluation.domain.EvaluationStatus;
import org.fabrique.evaluation.domain.EvaluationType;
import org.fabrique.evaluation.domain.EvaluatorKind;

/**
 * An evaluation as anyone may know it; {@code insider} says whether the caller may read its
 * interviews and quotes, {@code nextStatus} where {@code advance} would take it (null in follow-up),
 * {@code reportPublishedAt} when its report was made public (null while it is not); {@code mayEdit} and
 * {@code mayPublishReport} what the caller may do with it now, {@code mayOrganise} whether it steers it (appoints,
 * moves it on, assigns recommendations, defines and measures indicators).
 */
public record EvaluationDetail(long id, int programmeYear, String programmeTitle, String title,
        EvaluationObject object, String objectDescription, Long policyId, String originLabel, ResourceRef origin,
        Long commissionId, EvaluationType type, boolean participatory, List<Long> steeringCommittee,
        EvaluatorKind evaluatorKind, String evaluators, LocalDate start, LocalDate end, EvaluationStatus status,
        EvaluationStatus nextStatus, String summary, Instant reportPublishedAt, boolean insider, long version,
        boolean mayEdit, boolean mayPublishReport, boolean mayOrganise) {
    static EvaluationDetail of(Evaluation e, boolean insider, boolean pole) {
        return new EvaluationDetail(e.getId(), e.getProgramme().getYear(), e.getProgramme().getTitle(), e.getTitle(),
                e.getObject(), e.getObjectDescription(), e.getPolicyId(), e.getOriginLabel(), e.getOrigin(),
                e.getCommissionId(), e.getType(), e.isParticipatory(),
                e.getSteeringCommittee().stream().sorted().toList(), e.getEvaluatorKind(), e.getEvaluators(),
                e.getStart(), e.getEnd(), e.getStatus(), e.getStatus().next(), e.getSummary(), e.getReportPublishedAt(), insider,
                e.getVersion(), pole && e.isEditable(), pole && e.isReportPublishable(), pole);
    }
}
