package org.fabrique.web.api.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.fabrique.evaluation.application.EvaluationDetail;
import org.fabrique.evaluation.domain.EvaluationObject;
import org.fabrique.evaluation.domain.EvaluationStatus;
import org.fabrique.evaluation.domain.EvaluationType;
import org.fabrique.evaluation.domain.EvaluatorKind;

/**
 * An evaluation in the API: {@code origin} is what commissioned it written {@code KIND:id}
 * ({@code WORKSHOP:12}), null when the pôle framed it directly; {@code steeringCommittee} holds account ids;
 * {@code reportPublishedAt} is when the report was made public, absent while it is not; {@code mayEdit},
 * {@code mayPublishReport} and {@code mayOrganise} say what the caller may do with it now.
 */
public record EvaluationJson(long id, int programmeYear, String programmeTitle, String title, EvaluationObject object,
        String objectDescription, Long policyId, String originLabel, String origin, Long commissionId,
        EvaluationType type, boolean participatory, List<Long> steeringCommittee, EvaluatorKind evaluatorKind,
        String evaluators, LocalDate start, LocalDate end, EvaluationStatus status, EvaluationStatus nextStatus,
        String summary, Instant reportPublishedAt, boolean insider, long version, boolean mayEdit,
        boolean mayPublishReport, boolean mayOrganise) {

    static EvaluationJson of(EvaluationDetail e) {
        return new EvaluationJson(e.id(), e.programmeYear(), e.programmeTitle(), e.title(), e.object(),
                e.objectDescription(), e.policyId(), e.originLabel(), e.origin() == null ? null : e.origin().toString(),
                e.commissionId(), e.type(), e.participatory(), e.steeringCommittee(), e.evaluatorKind(), e.evaluators(),
                e.start(), e.end(), e.status(), e.nextStatus(), e.summary(), e.reportPublishedAt(),
                e.insider(), e.version(), e.mayEdit(), e.mayPublishReport(), e.mayOrganise());
    }
}
