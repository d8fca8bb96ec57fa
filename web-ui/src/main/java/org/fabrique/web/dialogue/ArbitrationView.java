package org.fabrique.web.dialogue;

import jakarta.faces.event.ActionEvent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.fabrique.core.application.InvalidInput;
import org.fabrique.core.domain.SortKey;
import org.fabrique.core.domain.StateConflict;
import org.fabrique.dialogue.application.CandidateService;
import org.fabrique.dialogue.application.CandidateView;
import org.fabrique.dialogue.application.PipelineService;
import org.fabrique.dialogue.application.PipelineView;
import org.fabrique.dialogue.application.ProgrammeService;
import org.fabrique.dialogue.application.ProgrammeView;
import org.fabrique.dialogue.domain.ArbitrationDecision;
import org.fabrique.dialogue.domain.PipelineStage;
import org.fabrique.web.faces.Messages;
import org.fabrique.web.faces.PageWindow;

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
    /** Candidates on one page of the screen: a programme of a large city has 30 to 50. */
    static final int PAGE_SIZE = 50;

    @Inject
    ProgrammeService programmes;

    @Inject
    CandidateService candidates;

    @Inject
    PipelineService pipelines;

    @Inject
    Messages messages;

    private long programmeId;
    /** The order, from the address: a field, descending after a {@code -}. */
    private String sort;
    /** The page shown, from the address, from 0. */
    private int page;
    private final PageWindow pager = new PageWindow(PAGE_SIZE);
    private ProgrammeView programme;
    private List<CandidateView> studied;
    private PipelineView pipeline;
    /** By candidate id, the decision's name (a map's values stay strings in Faces). */
    private final Map<Long, String> decisions = new HashMap<>();
    private final Map<Long, String> reasons = new HashMap<>();

    public void load() {
        programme = programmes.find(programmeId);
        // past the last page (the address of a page that has emptied): the last one
        studied = pager.read(page, request -> candidates.forArbitration(programmeId, sortKeys(), request)).items();
        page = pager.getPage();
        pipeline = pipelines.of(programmeId);
        decisions.clear();
        reasons.clear();
        for (CandidateView c : studied) {
            recorded(c);
        }
    }

    private void recorded(CandidateView c) {
        if (c.arbitration() != null) {
            decisions.put(c.id(), c.arbitration().decision().name());
            reasons.put(c.id(), c.arbitration().reason());
        }
    }

    private List<SortKey> sortKeys() {
        if (sort == null) {
            return List.of();
        }
        boolean descending = sort.startsWith("-");
        // a field the service does not sort by is left out there
        return List.of(new SortKey(descending ? sort.substring(1) : sort, !descending));
    }

    /**
     * Records the decision on this row; a refusal shows beside its field, the confirmation beside the button. The
     * other rows keep what was typed in them and not yet recorded.
     */
    public void decide(ActionEvent event) {
        CandidateView candidate = (CandidateView) event.getComponent().getAttributes().get("candidate");
        String row = event.getComponent().getClientId();
        row = row.substring(0, row.lastIndexOf(':') + 1);
        String decision = decisions.get(candidate.id());
        try {
            CandidateView decided = candidates.arbitrate(candidate.id(), candidate.version(),
                    decision == null || decision.isBlank() ? null : ArbitrationDecision.valueOf(decision),
                    reasons.get(candidate.id()));
            messages.infoBeside(row + "decide", "dialogue.arbitration.recordedFor", candidate.title());
            studied = studied.stream().map(c -> c.id() == decided.id() ? decided : c).toList();
            recorded(decided);
            programme = programmes.find(programmeId);
            pipeline = pipelines.of(programmeId);
        } catch (InvalidInput e) {
            messages.refusedBeside(e.messageKey(), row + e.field());
        } catch (StateConflict e) {
            messages.refusedBeside(e.messageKey(), row + "decide");
            CandidateView reread = candidates.find(candidate.id());
            studied = studied.stream().map(c -> c.id() == reread.id() ? reread : c).toList();
        }
    }

    /** The {@code sort} a column's header link asks for: this field ascending, or descending when it already is. */
    public String sortFor(String field) {
        return field.equals(sort) ? "-" + field : field;
    }

    /** How the table is sorted on this field: {@code ascending}, {@code descending} or {@code none} (aria-sort's words). */
    public String sortState(String field) {
        if (field.equals(sort)) {
            return "ascending";
        }
        return ("-" + field).equals(sort) ? "descending" : "none";
    }

    public long getRetained() {
        return pipeline.status().get(RETAINED);
    }

    public boolean isInTargetRange() {
        return programme.inTargetRange();
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
    public String getSort() { return sort; }
    public void setSort(String sort) { this.sort = sort; }
    public int getPage() { return page; }
    public void setPage(int page) { this.page = page; }
    public PageWindow getPager() { return pager; }
    public long getProgrammeId() { return programmeId; }
    public void setProgrammeId(long programmeId) { this.programmeId = programmeId; }
    public ProgrammeView getProgramme() { return programme; }
    public List<CandidateView> getStudied() { return studied; }
    public Map<Long, String> getDecisions() { return decisions; }
    public Map<Long, String> getReasons() { return reasons; }
}
