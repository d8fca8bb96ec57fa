package org.fabrique.web.dialogue;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.fabrique.core.application.CommissionService;
import org.fabrique.core.application.CommissionView;
import org.fabrique.core.application.InvalidInput;
import org.fabrique.core.application.RecordNotFound;
import org.fabrique.core.domain.ResourceKind;
import org.fabrique.core.domain.ResourceRef;
import org.fabrique.core.domain.StateConflict;
import org.fabrique.core.domain.TerritorialScale;
import org.fabrique.dialogue.application.CandidateService;
import org.fabrique.dialogue.application.CandidateView;
import org.fabrique.dialogue.domain.ArbitrationDecision;
import org.fabrique.dialogue.domain.Assessment;
import org.fabrique.dialogue.domain.CandidateDraft;
import org.fabrique.dialogue.domain.CriterionAssessment;
import org.fabrique.dialogue.domain.FeasibilityCriterion;
import org.fabrique.dialogue.domain.FeasibilityOpinion;
import org.fabrique.dialogue.domain.ParticipationLevel;
import org.fabrique.dialogue.domain.ParticipationMethod;
import org.fabrique.web.faces.Messages;

/**
 * dialogue/candidate.xhtml: a candidate project. Its directorate writes, submits or withdraws it; the
 * pôle records the feasibility study; an elected official arbitrates. What a role may not do is not
 * offered, and the services refuse it anyway.
 */
@Named
@ViewScoped
public class CandidatePageView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CandidateService candidates;

    @Inject
    CommissionService commissions;

    @Inject
    Messages messages;

    private Long id;
    private Long programmeId;
    private CandidateView candidate;
    private CommissionView commission;

    private final CandidateFields fields = new CandidateFields();
    /**
     * By criterion name, the assessment's name: a map's values have no type Faces could convert to, so
     * they stay strings here and become enums in {@link #recordFeasibility()}.
     */
    private final Map<String, String> assessments = new HashMap<>();
    private final Map<String, String> comments = new HashMap<>();
    private FeasibilityOpinion opinion;
    private String opinionComment;
    private ArbitrationDecision decision;
    private String reason;

    public void load() {
        if (id != null) {
            candidate = candidates.find(id);
            commission = commissions.ofTarget(new ResourceRef(ResourceKind.CANDIDATE_PROJECT, id)).orElse(null);
            programmeId = candidate.programmeId();
            fields.copyFrom(candidate);
            if (candidate.feasibility() != null) {
                candidate.feasibility().criteria().forEach(c -> {
                    assessments.put(c.criterion().name(), c.assessment().name());
                    comments.put(c.criterion().name(), c.comment());
                });
                opinion = candidate.feasibility().opinion();
                opinionComment = candidate.feasibility().comment();
            }
            if (candidate.arbitration() != null) {
                decision = candidate.arbitration().decision();
                reason = candidate.arbitration().reason();
            }
        } else if (programmeId != null) {
            candidates.checkMayDraft(programmeId);
        } else {
            throw new RecordNotFound("programme", 0);
        }
    }

    public void save() throws IOException {
        try {
            if (candidate == null) {
                candidate = candidates.draft(programmeId, fields.toDraft());
                messages.flashInfo("dialogue.candidate.saved");
                FacesContext.getCurrentInstance().getExternalContext().redirect(
                        FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                                + "/dialogue/candidate.xhtml?id=" + candidate.id());
                return;
            }
            candidate = candidates.edit(candidate.id(), candidate.version(), fields.toDraft());
            messages.info("dialogue.candidate.saved");
        } catch (InvalidInput e) {
            messages.refused(e, "candidate");
        } catch (StateConflict e) {
            candidate = messages.conflict(e, candidate, () -> candidates.find(id));
        }
    }

    public void submit() {
        try {
            candidate = candidates.edit(candidate.id(), candidate.version(), fields.toDraft());
            candidate = candidates.submit(candidate.id(), candidate.version());
            messages.info("dialogue.candidate.submitted");
        } catch (InvalidInput e) {
            messages.refused(e, "candidate");
        } catch (StateConflict e) {
            candidate = messages.conflict(e, candidate, () -> candidates.find(id));
        }
    }

    public void withdraw() {
        try {
            candidate = candidates.withdraw(candidate.id(), candidate.version());
            messages.info("dialogue.candidate.withdrawnMessage");
        } catch (StateConflict e) {
            candidate = messages.conflict(e, candidate, () -> candidates.find(id));
        }
    }

    public void recordFeasibility() {
        List<CriterionAssessment> criteria = new ArrayList<>();
        for (FeasibilityCriterion criterion : FeasibilityCriterion.values()) {
            String assessment = assessments.get(criterion.name());
            criteria.add(new CriterionAssessment(criterion, assessment == null ? null : Assessment.valueOf(assessment),
                    comments.get(criterion.name())));
        }
        try {
            candidate = candidates.recordFeasibility(candidate.id(), candidate.version(), criteria, opinion, opinionComment);
            messages.info("dialogue.feasibility.recorded");
        } catch (InvalidInput e) {
            messages.refused(e, "feasibility");
        } catch (StateConflict e) {
            candidate = messages.conflict(e, candidate, () -> candidates.find(id));
        }
    }

    public void arbitrate() {
        try {
            candidate = candidates.arbitrate(candidate.id(), candidate.version(), decision, reason);
            messages.info("dialogue.arbitration.recorded");
        } catch (InvalidInput e) {
            messages.refused(e, "arbitration");
        } catch (StateConflict e) {
            candidate = messages.conflict(e, candidate, () -> candidates.find(id));
        }
    }

    /** A new candidate's form (the service checked the caller may draft), or a draft its directorate may change. */
    public boolean isEditable() {
        return candidate == null || candidate.mayEdit();
    }

    public Assessment[] getAssessmentValues() { return Assessment.values(); }
    public FeasibilityOpinion[] getOpinions() { return FeasibilityOpinion.values(); }
    public ArbitrationDecision[] getDecisions() { return ArbitrationDecision.values(); }
    public TerritorialScale[] getScales() { return TerritorialScale.values(); }
    public ParticipationLevel[] getLevels() { return ParticipationLevel.values(); }
    public ParticipationMethod[] getMethodValues() { return ParticipationMethod.values(); }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getProgrammeId() { return programmeId; }
    public void setProgrammeId(Long programmeId) { this.programmeId = programmeId; }
    public CandidateView getCandidate() { return candidate; }
    /** The commission that created this candidate, if another mission commissioned it. */
    public CommissionView getCommission() { return commission; }
    public CandidateFields getFields() { return fields; }
    public Map<String, String> getAssessments() { return assessments; }
    public Map<String, String> getComments() { return comments; }
    public FeasibilityOpinion getOpinion() { return opinion; }
    public void setOpinion(FeasibilityOpinion opinion) { this.opinion = opinion; }
    public String getOpinionComment() { return opinionComment; }
    public void setOpinionComment(String opinionComment) { this.opinionComment = opinionComment; }
    public ArbitrationDecision getDecision() { return decision; }
    public void setDecision(ArbitrationDecision decision) { this.decision = decision; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }

    /** The fields of the directorate's form. */
    public static class CandidateFields implements Serializable {

        private static final long serialVersionUID = 1L;

        private String title;
        private String summary;
        private Long policyId;
        private Long sponsorPersonId;
        private TerritorialScale scale;
        private Long neighbourhoodId;
        private String stakes;
        private String levers;
        private ParticipationLevel participationLevel;
        private ParticipationMethod[] methods = new ParticipationMethod[0];
        private String publics;
        private String calendar;
        private BigDecimal budget;

        void copyFrom(CandidateView c) {
            title = c.title();
            summary = c.summary();
            policyId = c.policyId();
            sponsorPersonId = c.sponsorPersonId();
            scale = c.scale();
            neighbourhoodId = c.neighbourhoodId();
            stakes = c.stakes();
            levers = c.levers();
            participationLevel = c.participationLevel();
            methods = c.methods().toArray(new ParticipationMethod[0]);
            publics = c.publics();
            calendar = c.calendar();
            budget = c.budget();
        }

        CandidateDraft toDraft() {
            return new CandidateDraft(title, summary, policyId, sponsorPersonId, scale,
                    scale == TerritorialScale.NEIGHBOURHOOD ? neighbourhoodId : null, stakes, levers,
                    participationLevel, new LinkedHashSet<>(List.of(methods)), publics, calendar, budget);
        }

        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public String getSummary() { return summary; }
        public void setSummary(String summary) { this.summary = summary; }
        public Long getPolicyId() { return policyId; }
        public void setPolicyId(Long policyId) { this.policyId = policyId; }
        public Long getSponsorPersonId() { return sponsorPersonId; }
        public void setSponsorPersonId(Long sponsorPersonId) { this.sponsorPersonId = sponsorPersonId; }
        public TerritorialScale getScale() { return scale; }
        public void setScale(TerritorialScale scale) { this.scale = scale; }
        public Long getNeighbourhoodId() { return neighbourhoodId; }
        public void setNeighbourhoodId(Long neighbourhoodId) { this.neighbourhoodId = neighbourhoodId; }
        public String getStakes() { return stakes; }
        public void setStakes(String stakes) { this.stakes = stakes; }
        public String getLevers() { return levers; }
        public void setLevers(String levers) { this.levers = levers; }
        public ParticipationLevel getParticipationLevel() { return participationLevel; }
        public void setParticipationLevel(ParticipationLevel participationLevel) { this.participationLevel = participationLevel; }
        public ParticipationMethod[] getMethods() { return methods.clone(); }
        public void setMethods(ParticipationMethod[] methods) { this.methods = methods == null ? new ParticipationMethod[0] : methods.clone(); }
        public String getPublics() { return publics; }
        public void setPublics(String publics) { this.publics = publics; }
        public String getCalendar() { return calendar; }
        public void setCalendar(String calendar) { this.calendar = calendar; }
        public BigDecimal getBudget() { return budget; }
        public void setBudget(BigDecimal budget) { this.budget = budget; }
    }
}
