package org.fabrique.web.dialogue;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.fabrique.core.domain.StateConflict;
import org.fabrique.dialogue.application.CandidateService;
import org.fabrique.dialogue.application.CandidateView;
import org.fabrique.dialogue.application.PipelineService;
import org.fabrique.dialogue.application.PipelineView;
import org.fabrique.dialogue.application.ProgrammeService;
import org.fabrique.dialogue.application.ProgrammeView;
import org.fabrique.dialogue.domain.ArbitrationDecision;
import org.fabrique.dialogue.domain.PipelineStage;
import org.fabrique.dialogue.domain.ProgrammeStatus;
import org.fabrique.web.faces.Messages;

/**
 * dialogue/arbitration.xhtml: the elected officials' screen. Every studied candidate with its
 * feasibility opinion and a decision to take; the running count of retained projects against the
 * target; their spread by directorate, policy and scale: the retained column of the programme's
 * pipeline, counted by the database.
 */
@Named
@ViewScoped
public class ArbitrationView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String RETAINED = PipelineStage.RETAINED.name();

    @Inject
    ProgrammeService programmes;

    @Inject
    CandidateService candidates;

    @Inject
    PipelineService pipelines;

    @Inject
    Messages messages;

    private long programmeId;
    private ProgrammeView programme;
    private List<CandidateView> studied;
    private PipelineView pipeline;
    /** By candidate id, the decision's name (a map's values stay strings in Faces). */
    private final Map<Long, String> decisions = new HashMap<>();
    private final Map<Long, String> reasons = new HashMap<>();

    public void load() {
        programme = programmes.find(programmeId);
        studied = candidates.forArbitration(programmeId);
        pipeline = pipelines.of(programmeId);
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
            messages.conflict(e, candidate, () -> candidates.find(candidate.id()));
        }
        load();
    }

    public long getRetained() {
        return pipeline.status().get(RETAINED);
    }

    public boolean isInTargetRange() {
        return programme.inTargetRange();
    }

    public boolean isOpen() {
        return programme.status() == ProgrammeStatus.OPEN;
    }

    /** Directorate name to its retained candidates. */
    public Map<String, Long> getByDirectorate() {
        return retained(pipeline.directorate(), PipelineView.Row::name);
    }

    /** Policy name to its retained candidates. */
    public Map<String, Long> getByPolicy() {
        return retained(pipeline.policy(), row -> row.name() == null ? "" : row.name());
    }

    /** Scale name to its retained candidates. */
    public Map<String, Long> getByScale() {
        return retained(pipeline.scale(), row -> row.scale() == null ? "" : row.scale().name());
    }

    private static Map<String, Long> retained(List<PipelineView.Row> rows, Function<PipelineView.Row, String> key) {
        Map<String, Long> spread = new LinkedHashMap<>();
        for (PipelineView.Row row : rows) {
            long retained = row.status().get(RETAINED);
            if (retained > 0) {
                spread.merge(key.apply(row), retained, Long::sum);
            }
        }
        return spread;
    }

    public ArbitrationDecision[] getDecisionValues() { return ArbitrationDecision.values(); }
    public long getProgrammeId() { return programmeId; }
    public void setProgrammeId(long programmeId) { this.programmeId = programmeId; }
    public ProgrammeView getProgramme() { return programme; }
    public List<CandidateView> getStudied() { return studied; }
    public Map<Long, String> getDecisions() { return decisions; }
    public Map<Long, String> getReasons() { return reasons; }
}
