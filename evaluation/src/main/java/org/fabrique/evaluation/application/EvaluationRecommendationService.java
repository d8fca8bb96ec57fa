package org.fabrique.evaluation.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.fabrique.core.application.AccountService;
import org.fabrique.core.application.Caller;
import org.fabrique.core.application.CityClock;
import org.fabrique.core.application.ExpectedVersion;
import org.fabrique.core.application.InvalidInput;
import org.fabrique.core.application.NotificationEvent;
import org.fabrique.core.application.Notifications;
import org.fabrique.core.application.RecordNotFound;
import org.fabrique.core.application.Roles;
import org.fabrique.core.domain.Directorate;
import org.fabrique.core.domain.DirectorateRepository;
import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;
import org.fabrique.core.domain.Role;
import org.fabrique.core.domain.SortKey;
import org.fabrique.evaluation.application.EvaluationRecommendationView;
import org.fabrique.evaluation.domain.Evaluation;
import org.fabrique.evaluation.domain.EvaluationRecommendation;
import org.fabrique.evaluation.domain.EvaluationRecommendationFilter;
import org.fabrique.evaluation.domain.EvaluationRecommendationRepository;
import org.fabrique.evaluation.domain.EvaluationRepository;
import org.fabrique.evaluation.domain.FollowUpStatus;

/**
 * The recommendations an evaluation ends on and their follow-up: any account reads them (overdue ones
 * flagged, and first in the list of all); the pôle writes them until the evaluation is in follow-up and
 * names their owner and due date; the pôle or the owner directorate updates where they stand.
 */
@Stateless
@RolesAllowed({Roles.POLE, Roles.DIRECTORATE, Roles.ELECTED, Roles.PARTICIPANT})
public class EvaluationRecommendationService {

    @Inject
    EvaluationRecommendationRepository recommendations;

    @Inject
    EvaluationRepository evaluations;

    @Inject
    DirectorateRepository directorates;

    @Inject
    EvaluationAccess access;

    @Inject
    AccountService accounts;

    @Inject
    CityClock clock;

    @Inject
    Notifications notifications;

    /** An evaluation's recommendations by rank. */
    public List<EvaluationRecommendationView> recommendations(long evaluationId) {
        Evaluation evaluation = access.load(evaluationId);
        LocalDate today = clock.today();
        Caller caller = accounts.me();
        return recommendations.ofEvaluation(evaluationId).stream()
                .map(r -> EvaluationRecommendationView.of(r, evaluation.getTitle(), today, mayFollowUp(r, caller))).toList();
    }

    /** Every evaluation's recommendations, overdue first; one directorate's when given. */
    public Page<EvaluationRecommendationView> page(Long ownerDirectorateId, PageRequest request) {
        return page(EvaluationRecommendationFilter.ofDirectorate(ownerDirectorateId), List.of(), request);
    }

    /**
     * The recommendations the filter lets through, sorted by these keys (of
     * {@link EvaluationRecommendationFilter#SORT_FIELDS}), overdue first without any.
     */
    public Page<EvaluationRecommendationView> page(EvaluationRecommendationFilter filter, List<SortKey> sort, PageRequest request) {
        LocalDate today = clock.today();
        Page<EvaluationRecommendation> page = recommendations.page(filter, sort, today, request);
        Map<Long, String> titles = evaluations.titles(page.items().stream().map(EvaluationRecommendation::getEvaluationId)
                .collect(Collectors.toSet()));
        Caller caller = accounts.me();
        return page.map(r -> EvaluationRecommendationView.of(r, titles.getOrDefault(r.getEvaluationId(), ""), today,
                mayFollowUp(r, caller)));
    }

    /** A new recommendation, ranked after the others. */
    @RolesAllowed(Roles.POLE)
    public EvaluationRecommendationView recommend(long evaluationId, String text) {
        Evaluation evaluation = access.load(evaluationId);
        evaluation.requireEditable();
        FieldChecks.required(text, "text", "evaluation.recommendation.text.required", EvaluationRecommendation.TEXT_MAX_LENGTH);
        int rank = recommendations.lastRank(evaluationId) + 1;
        return view(recommendations.store(new EvaluationRecommendation(evaluationId, rank, text)), evaluation);
    }

    @RolesAllowed(Roles.POLE)
    public EvaluationRecommendationView reword(long id, Long expectedVersion, String text) {
        EvaluationRecommendation recommendation = current(id, expectedVersion);
        Evaluation evaluation = access.load(recommendation.getEvaluationId());
        evaluation.requireEditable();
        FieldChecks.required(text, "text", "evaluation.recommendation.text.required", EvaluationRecommendation.TEXT_MAX_LENGTH);
        recommendation.reword(text);
        return view(recommendations.store(recommendation), evaluation);
    }

    /** Who owns the follow-up and by when; a directorate's name stands for the label when none is typed. */
    @RolesAllowed(Roles.POLE)
    public EvaluationRecommendationView assign(long id, Long expectedVersion, Long ownerDirectorateId, String ownerLabel,
            LocalDate dueDate) {
        EvaluationRecommendation recommendation = current(id, expectedVersion);
        FieldChecks.fits(ownerLabel, "ownerLabel", EvaluationRecommendation.OWNER_MAX_LENGTH);
        String label = ownerLabel;
        if (ownerDirectorateId != null) {
            Directorate owner = directorates.findById(ownerDirectorateId)
                    .orElseThrow(() -> new InvalidInput("ownerDirectorateId", "evaluation.recommendation.directorateUnknown"));
            label = ownerLabel == null || ownerLabel.isBlank() ? owner.getName() : ownerLabel;
        }
        recommendation.assign(ownerDirectorateId, label, dueDate);
        EvaluationRecommendation assigned = recommendations.store(recommendation);
        Evaluation evaluation = access.load(assigned.getEvaluationId());
        if (ownerDirectorateId != null) {
            notifications.toDirectorate(ownerDirectorateId, NotificationEvent.of(
                    EvaluationMails.EVALUATION_RECOMMENDATION_ASSIGNED,
                    "evaluation-recommendation:" + assigned.getId() + ":assigned:" + ownerDirectorateId,
                    "/evaluation/evaluation.xhtml?id=" + evaluation.getId(), evaluation.getTitle(), assigned.getText()));
        }
        return view(assigned, evaluation);
    }

    /** The pôle follows every recommendation up; a directorate those it owns. */
    private static boolean mayFollowUp(EvaluationRecommendation recommendation, Caller caller) {
        return caller.role() == Role.POLE || caller.role() == Role.DIRECTORATE && caller.directorateId() != null
                && Objects.equals(caller.directorateId(), recommendation.getOwnerDirectorateId());
    }

    /** Where the follow-up stands: by the pôle, or by an account of the owner directorate. */
    public EvaluationRecommendationView followUp(long id, Long expectedVersion, FollowUpStatus status, String comment) {
        EvaluationRecommendation recommendation = recommendations.findById(id)
                .orElseThrow(() -> new RecordNotFound("recommendation", id));
        // the right to act before the version: another caller is refused whatever version it sent
        Caller caller = accounts.me();
        if (!mayFollowUp(recommendation, caller)) {
            throw new NotTheOwnerDirectorate(id);
        }
        ExpectedVersion.require(expectedVersion, recommendation.getVersion());
        FieldChecks.present(status, "status", "evaluation.followUp.status.required");
        FieldChecks.fits(comment, "followUpComment", EvaluationRecommendation.TEXT_MAX_LENGTH);
        recommendation.followUp(status, comment);
        return view(recommendations.store(recommendation), access.load(recommendation.getEvaluationId()), caller);
    }

    private EvaluationRecommendation current(long id, Long expectedVersion) {
        EvaluationRecommendation recommendation = recommendations.findById(id)
                .orElseThrow(() -> new RecordNotFound("recommendation", id));
        ExpectedVersion.require(expectedVersion, recommendation.getVersion());
        return recommendation;
    }

    private EvaluationRecommendationView view(EvaluationRecommendation recommendation, Evaluation evaluation) {
        return view(recommendation, evaluation, accounts.me());
    }

    private EvaluationRecommendationView view(EvaluationRecommendation recommendation, Evaluation evaluation, Caller caller) {
        return EvaluationRecommendationView.of(recommendation, evaluation.getTitle(), clock.today(),
                mayFollowUp(recommendation, caller));
    }
}
