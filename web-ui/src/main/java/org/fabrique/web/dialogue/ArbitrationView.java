package org.fabrique.web.dialogue;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.fabrique.core.domain.StateConflict;
import org.fabrique.dialogue.application.CandidateService;
import org.fabrique.dialogue.application.CandidateView;
import org.fabrique.dialogue.application.ProgrammeService;
import org.fabrique.dialogue.application.ProgrammeView;
import org.fabrique.dialogue.domain.ArbitrationDecision;
import org.fabrique.dialogue.domain.ProgrammeStatus;
import org.fabrique.web.faces.Messages;

/**
 * dialogue/arbitration.xhtml: the elected officials' screen. Every studied candidate with its
 * feasibility opinion and a decision to take; the running count of retained projects against the
 * target; their spread by directorate, policy and scale (computed from the one list the page loads).
 */
@Named
@ViewScoped
public class ArbitrationView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProgrammeService programmes;

    @Inject
    CandidateService candidates;

    @Inject
    ReferenceNames names;

    @Inject
    Messages messages;

    private long programmeId;
    private ProgrammeView programme;
    private List<CandidateView> studied;
    /** By candidate id, the decision's name (a map's values stay strings in Faces). */
    private final Map<Long, String> decisions = new HashMap<>();
    private final Map<Long, String> reasons = new HashMap<>();

    public void load() {
        programme = programmes.find(programmeId);
        studied = candidates.forArbitration(programmeId);
        decisions.clear();
        reasons.clear();
        for (CandidateView c : studied) {
            if (c.arbitration() != null) {
                decisions.put(c.id(), c.arbitration().decision().name());
                reasons.put(c.id(), c.arbitration().reason());
            }
        }
    }

    public void decide(CandidateView candidate) {
        String decision = decisions.get(candidate.id());
        if (decision == null || decision.isBlank()) {
            messages.error("dialogue.arbitration.chooseDecision", candidate.title());
            return;
        }
        String reason = reasons.get(candidate.id());
        if (reason == null || reason.isBlank()) {
            messages.error("dialogue.arbitration.reasonMissing", candidate.title());
            return;
        }
        try {
            candidates.arbitrate(candidate.id(), candidate.version(), ArbitrationDecision.valueOf(decision), reason);
            messages.info("dialogue.arbitration.recordedFor", candidate.title());
        } catch (StateConflict e) {
            messages.refused(e);
        }
        load();
    }

    public long getRetained() {
        return retainedOnes().size();
    }

    public boolean isInTargetRange() {
        return getRetained() >= programme.targetMin() && getRetained() <= programme.targetMax();
    }

    public boolean isOpen() {
        return programme.status() == ProgrammeStatus.OPEN;
    }

    public Map<String, Long> getByDirectorate() {
        return spread(c -> names.directorate(c.directorateId()));
    }

    public Map<String, Long> getByPolicy() {
        return spread(c -> names.policy(c.policyId()));
    }

    public Map<String, Long> getByScale() {
        return spread(c -> c.scale() == null ? "" : c.scale().name());
    }

    private Map<String, Long> spread(Function<CandidateView, String> key) {
        return retainedOnes().stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
    }

    private List<CandidateView> retainedOnes() {
        return studied.stream()
                .filter(c -> c.arbitration() != null && c.arbitration().decision() == ArbitrationDecision.RETAINED)
                .toList();
    }

    public ArbitrationDecision[] getDecisionValues() { return ArbitrationDecision.values(); }
    public long getProgrammeId() { return programmeId; }
    public void setProgrammeId(long programmeId) { this.programmeId = programmeId; }
    public ProgrammeView getProgramme() { return programme; }
    public List<CandidateView> getStudied() { return studied; }
    public Map<Long, String> getDecisions() { return decisions; }
    public Map<Long, String> getReasons() { return reasons; }
}
