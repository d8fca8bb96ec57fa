package org.fabrique.dialogue.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
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
        Decision arbitration) {

    public record Criterion(FeasibilityCriterion criterion, Assessment assessment, String comment) {
    }

    public record Feasibility(List<Criterion> criteria, FeasibilityOpinion opinion, String comment, String studiedBy,
            Instant studiedAt) {
    }

    public record Decision(ArbitrationDecision decision, String reason, String decidedBy, Instant decidedAt) {
    }

    static CandidateView of(CandidateProject c) {
        return new CandidateView(c.getId(), c.getProgramme().getId(), c.getDirectorateId(), c.getTitle(), c.getSummary(),
                c.getPolicyId(), c.getSponsorPersonId(), c.getScale(), c.getNeighbourhoodId(), c.getStakes(),
                c.getLevers(), c.getParticipationLevel(), new TreeSet<>(c.getMethods()), c.getPublics(), c.getCalendar(),
                c.getBudget(), c.getStatus(), c.getVersion(), c.getSubmittedAt(), feasibility(c.getFeasibility()),
                decision(c.getArbitration()));
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
