package org.fabrique.evaluation.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.fabrique.core.application.CityClock;
import org.fabrique.core.application.InvalidInput;
import org.fabrique.core.application.Roles;
import org.fabrique.core.domain.AccountRepository;
import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;
import org.fabrique.core.domain.PublicPolicyRepository;
import org.fabrique.core.domain.ResourceRef;
import org.fabrique.core.domain.SortKey;
import org.fabrique.evaluation.application.EvaluationDetail;
import org.fabrique.evaluation.application.EvaluationProgrammeView;
import org.fabrique.evaluation.application.EvaluationSummary;
import org.fabrique.evaluation.domain.Evaluation;
import org.fabrique.evaluation.domain.EvaluationFilter;
import org.fabrique.evaluation.domain.EvaluationProgramme;
import org.fabrique.evaluation.domain.EvaluationRepository;
import org.fabrique.evaluation.domain.EvaluationStatus;
import org.fabrique.evaluation.domain.Framing;

/**
 * The evaluations themselves: any account lists and reads them; the pôle frames them in a yearly
 * programme (opened with the year's first evaluation), reframes them, writes their summary, appoints
 * their steering committee, moves them from framing to follow-up and publishes their report.
 */
@Stateless
@RolesAllowed({Roles.POLE, Roles.DIRECTORATE, Roles.ELECTED, Roles.PARTICIPANT})
public class EvaluationService {

    @Inject
    EvaluationRepository evaluations;

    @Inject
    EvaluationAccess access;

    @Inject
    AccountRepository accounts;

    @Inject
    PublicPolicyRepository policies;

    @Inject
    CityClock clock;

    /** One page of evaluations, latest programme first; one year's when {@code programmeYear} is given. */
    /** One year's evaluations (every year's when null), latest programme first, by title. */
    public Page<EvaluationSummary> page(Integer programmeYear, PageRequest request) {
        return page(EvaluationFilter.ofYear(programmeYear), List.of(), request);
    }

    /**
     * The evaluations the filter lets through, sorted by the keys (fields of {@link EvaluationFilter#SORT_FIELDS})
     * then latest programme first and by title.
     */
    public Page<EvaluationSummary> page(EvaluationFilter filter, List<SortKey> sort, PageRequest request) {
        return evaluations.page(filter, sort, request).map(EvaluationSummary::of);
    }

    public List<EvaluationProgrammeView> programmes() {
        return evaluations.programmes().stream().map(EvaluationProgrammeView::of).toList();
    }

    /** Whether the caller may frame a new evaluation: the pôle. */
    public boolean mayFrame() {
        return access.isPole();
    }

    public EvaluationDetail get(long id) {
        Evaluation evaluation = access.load(id);
        return EvaluationDetail.of(evaluation, access.isInsider(evaluation), access.isPole());
    }

    /** @throws InvalidInput naming the field of a framing that is incomplete or inconsistent */
    @RolesAllowed(Roles.POLE)
    public EvaluationDetail frame(int programmeYear, Framing framing) {
        check(framing);
        EvaluationProgramme programme = programme(programmeYear);
        return detail(evaluations.store(new Evaluation(programme, framing, null)));
    }

    @RolesAllowed(Roles.POLE)
    public EvaluationDetail edit(long id, Long expectedVersion, Framing framing) {
        Evaluation evaluation = access.toEdit(id, expectedVersion);
        check(framing);
        evaluation.reframe(framing);
        return detail(evaluations.store(evaluation));
    }

    @RolesAllowed(Roles.POLE)
    public EvaluationDetail writeSummary(long id, Long expectedVersion, String summary) {
        Evaluation evaluation = access.toEdit(id, expectedVersion);
        FieldChecks.fits(summary, "summary", Evaluation.SUMMARY_MAX_LENGTH);
        evaluation.writeSummary(summary);
        return detail(evaluations.store(evaluation));
    }

    /** To {@code target}, which must be the next step (the detail's {@code nextStatus}). */
    @RolesAllowed(Roles.POLE)
    public EvaluationDetail advance(long id, Long expectedVersion, EvaluationStatus target) {
        Evaluation evaluation = access.current(id, expectedVersion);
        FieldChecks.present(target, "status", "evaluation.status.required");
        evaluation.advance(target);
        return detail(evaluations.store(evaluation));
    }

    /** Makes the report public (reported or in follow-up only); publishing it again keeps the first date. */
    @RolesAllowed(Roles.POLE)
    public EvaluationDetail publishReport(long id, Long expectedVersion) {
        Evaluation evaluation = access.current(id, expectedVersion);
        evaluation.publishReport(clock.now());
        return detail(evaluations.store(evaluation));
    }

    /** Replaces the steering committee by these accounts. @throws InvalidInput for an unknown account */
    @RolesAllowed(Roles.POLE)
    public EvaluationDetail steeringCommittee(long id, Long expectedVersion, Set<Long> accountIds) {
        Evaluation evaluation = access.toEdit(id, expectedVersion);
        FieldChecks.present(accountIds, "steeringCommittee", "evaluation.steering.unknownAccount");
        for (Long accountId : accountIds) {
            if (accountId == null || accounts.findById(accountId).isEmpty()) {
                throw new InvalidInput("steeringCommittee", "evaluation.steering.unknownAccount");
            }
        }
        evaluation.appointSteeringCommittee(accountIds);
        return detail(evaluations.store(evaluation));
    }

    /**
     * The evaluation a record of another module commissions (observed from a cross-module event, inside the
     * pôle's call): created once per commissioning, framed from the brief; a second call returns it. Returns its
     * id, not a view: the pôle may be the start-up's, with nobody signed in.
     */
    @RolesAllowed(Roles.POLE)
    public long createCommissioned(int programmeYear, String title, String brief, String originLabel,
            ResourceRef origin, long commissionId, Long policyId) {
        Objects.requireNonNull(origin, "origin is required");
        var existing = evaluations.findByCommission(commissionId);
        if (existing.isPresent()) {
            return existing.get().getId();
        }
        described(title, brief, originLabel, policyId);
        EvaluationProgramme programme = programme(programmeYear);
        return evaluations.store(Evaluation.commissioned(programme, title, brief, originLabel, origin, commissionId,
                policyId, clock.today())).getId();
    }

    private EvaluationProgramme programme(int year) {
        if (year < EvaluationProgramme.FIRST_YEAR || year > EvaluationProgramme.LAST_YEAR) {
            throw new InvalidInput("programmeYear", "evaluation.programme.year");
        }
        return evaluations.programmeOfYear(year).orElseGet(() -> evaluations.store(EvaluationProgramme.ofYear(year)));
    }

    private void check(Framing f) {
        FieldChecks.present(f, "title", "evaluation.title.required");
        described(f.title(), f.objectDescription(), f.originLabel(), f.policyId());
        FieldChecks.present(f.object(), "object", "evaluation.object.required");
        FieldChecks.present(f.type(), "type", "evaluation.type.required");
        FieldChecks.present(f.evaluatorKind(), "evaluatorKind", "evaluation.evaluatorKind.required");
        FieldChecks.fits(f.evaluators(), "evaluators", Evaluation.TITLE_MAX_LENGTH);
        FieldChecks.present(f.start(), "start", "evaluation.start.required");
        if (f.end() != null && f.end().isBefore(f.start())) {
            throw new InvalidInput("end", "evaluation.period.endsBeforeStart");
        }
    }

    /** What a framing and a commissioning share: a title, a description, an origin, a known policy. */
    private void described(String title, String objectDescription, String originLabel, Long policyId) {
        FieldChecks.required(title, "title", "evaluation.title.required", Evaluation.TITLE_MAX_LENGTH);
        FieldChecks.fits(objectDescription, "objectDescription", Evaluation.TEXT_MAX_LENGTH);
        FieldChecks.required(originLabel, "originLabel", "evaluation.originLabel.required", Evaluation.TITLE_MAX_LENGTH);
        if (policyId != null && policies.findById(policyId).isEmpty()) {
            throw new InvalidInput("policyId", "evaluation.policy.unknown");
        }
    }

    private EvaluationDetail detail(Evaluation evaluation) {
        return EvaluationDetail.of(evaluation, access.isInsider(evaluation), access.isPole());
    }
}
