package org.fabrique.dialogue.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.fabrique.core.application.Caller;
import org.fabrique.core.domain.Role;
import org.fabrique.core.domain.TerritorialScale;
import org.fabrique.dialogue.domain.Arbitration;
import org.fabrique.dialogue.domain.ArbitrationDecision;
import org.fabrique.dialogue.domain.Assessment;
import org.fabrique.dialogue.domain.CandidateProject;
import org.fabrique.dialogue.domain.CandidateStatus;
import org.fabrique.dialogue.domain.FeasibilityCriterion;
import org.fabrique.dialogue.domain.FeasibilityOpinion;
import org.fabrique.dialogue.domain.FeasibilityStudy;
import org.fabrique.dialogue.domain.ParticipationLevel;
import org.fabrique.dialogue.domain.ParticipationMethod;

/** A candidate project with its feasibility study and arbitration, as the interfaces show it. */
public record CandidateView(long id, long programmeId, long directorateId, String title, String summary, Long policyId,
        Long sponsorPersonId, TerritorialScale scale, Long neighbourhoodId, String stakes, String levers,
        ParticipationLevel participationLevel, Set<ParticipationMethod> methods, String publics, String calendar,
        BigDecimal budget, CandidateStatus status, long version, Instant submittedAt, Feasibility feasibility,
        Decision arbitration, Set<CandidateAction> actions) {

    public CandidateView {
        actions = actions.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(actions));
    }

    public boolean mayEdit() {
        return actions.contains(CandidateAction.EDIT);
    }

    public boolean maySubmit() {
        return actions.contains(CandidateAction.SUBMIT);
    }

    public boolean mayWithdraw() {
        return actions.contains(CandidateAction.WITHDRAW);
    }

    public boolean mayStudy() {
        return actions.contains(CandidateAction.STUDY);
    }

    public boolean mayArbitrate() {
        return actions.contains(CandidateAction.ARBITRATE);
    }

    public record Criterion(FeasibilityCriterion criterion, Assessment assessment, String comment) {
    }

    public record Feasibility(List<Criterion> criteria, FeasibilityOpinion opinion, String comment, String studiedBy,
            Instant studiedAt) {
    }

    public record Decision(ArbitrationDecision decision, String reason, String decidedBy, Instant decidedAt) {
    }

    static CandidateView of(CandidateProject c, Caller caller, LocalDate today) {
        return new CandidateView(c.getId(), c.getProgramme().getId(), c.getDirectorateId(), c.getTitle(), c.getSummary(),
                c.getPolicyId(), c.getSponsorPersonId(), c.getScale(), c.getNeighbourhoodId(), c.getStakes(),
                c.getLevers(), c.getParticipationLevel(), new TreeSet<>(c.getMethods()), c.getPublics(), c.getCalendar(),
                c.getBudget(), c.getStatus(), c.getVersion(), c.getSubmittedAt(), feasibility(c.getFeasibility()),
                decision(c.getArbitration()), actions(c, caller, today));
    }

    private static Set<CandidateAction> actions(CandidateProject c, Caller caller, LocalDate today) {
        Set<CandidateAction> allowed = EnumSet.noneOf(CandidateAction.class);
        boolean itsDirectorate = caller.role() == Role.DIRECTORATE
                && Objects.equals(caller.directorateId(), c.getDirectorateId());
        if (itsDirectorate && c.isEditable()) {
            allowed.add(CandidateAction.EDIT);
        }
        if (itsDirectorate && c.isSubmittableOn(today)) {
            allowed.add(CandidateAction.SUBMIT);
        }
        if (itsDirectorate && c.isWithdrawable()) {
            allowed.add(CandidateAction.WITHDRAW);
        }
        if (caller.role() == Role.POLE && c.isStudiable()) {
            allowed.add(CandidateAction.STUDY);
        }
        if (caller.role() == Role.ELECTED && c.isArbitrable()) {
            allowed.add(CandidateAction.ARBITRATE);
        }
        return allowed;
    }

    private static Feasibility feasibility(FeasibilityStudy study) {
        if (study == null) {
            return null;
        }
        return new Feasibility(study.criteria().stream()
                .map(a -> new Criterion(a.criterion(), a.assessment(), a.comment())).toList(),
                study.opinion(), study.comment(), study.studiedBy(), study.studiedAt());
    }

    private static Decision decision(Arbitration arbitration) {
        return arbitration == null ? null
                : new Decision(arbitration.decision(), arbitration.reason(), arbitration.decidedBy(), arbitration.decidedAt());
    }
}
