package org.fabrique.web.dialogue;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.fabrique.core.domain.StateConflict;
import org.fabrique.core.domain.TerritorialScale;
import org.fabrique.dialogue.application.CandidateService;
import org.fabrique.dialogue.application.CandidateView;
import org.fabrique.dialogue.application.PipelineService;
import org.fabrique.dialogue.application.PipelineView;
import org.fabrique.dialogue.application.ProgrammeAction;
import org.fabrique.dialogue.application.ProgrammeService;
import org.fabrique.dialogue.application.ProgrammeService.ValidationPreview;
import org.fabrique.dialogue.application.ProgrammeView;
import org.fabrique.dialogue.domain.ArbitrationDecision;
import org.fabrique.dialogue.domain.CandidateFilter;
import org.fabrique.dialogue.domain.CandidateStatus;
import org.fabrique.dialogue.domain.PipelineStage;
import org.fabrique.dialogue.domain.ProgrammeStatus;
import org.fabrique.web.faces.Messages;
import org.fabrique.web.faces.PagedModel;

/**
 * dialogue/programme.xhtml: one programme, its pipeline at a glance (for the pôle and elected officials),
 * its candidates (a directorate sees its own), and its validation by an elected official.
 */
@Named
@ViewScoped
public class ProgrammePageView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProgrammeService programmes;

    @Inject
    CandidateService candidates;

    @Inject
    PipelineService pipelines;

    @Inject
    Messages messages;

    private long id;
    /** The candidates' filters, from the address. */
    private String q;
    private CandidateStatus status;
    private ArbitrationDecision decision;
    private Long directorateId;
    private Long policyId;
    private TerritorialScale scale;
    private Long neighbourhoodId;
    private ProgrammeView programme;
    private PagedModel<CandidateView> model;
    private String justification;
    private PipelineView pipeline;
    private ValidationPreview preview;

    public void load() {
        programme = programmes.find(id);
        pipeline = programme.may(ProgrammeAction.REVIEW_ARBITRATION) ? pipelines.of(id) : null;
        CandidateFilter filter = new CandidateFilter(directorateId, status, decision, policyId, scale, neighbourhoodId, q);
        model = PagedModel.sortedBy(CandidateFilter.SORT_FIELDS, (sort, request) -> candidates.page(id, filter, sort, request),
                CandidateView::id);
    }

    /** Whether any filter narrows the list (then the page offers to clear them). */
    public boolean isFiltered() {
        return new CandidateFilter(directorateId, status, decision, policyId, scale, neighbourhoodId, q).narrows();
    }

    public CandidateStatus[] getStatuses() { return CandidateStatus.values(); }
    public ArbitrationDecision[] getDecisions() { return ArbitrationDecision.values(); }
    public TerritorialScale[] getScales() { return TerritorialScale.values(); }

    /** Shows what validating would do now, for the elected official to confirm. */
    public void askValidate() {
        try {
            preview = programmes.validationPreview(id);
        } catch (StateConflict e) {
            programme = messages.conflict(e, programme, () -> programmes.find(id));
        }
    }

    public void cancelValidate() {
        preview = null;
    }

    public void validate() {
        try {
            programme = programmes.validate(id, programme.version(), justification);
            messages.info("dialogue.programme.validatedMessage", String.valueOf(programme.year()));
            preview = null;
        } catch (StateConflict e) {
            programme = messages.conflict(e, programme, () -> programmes.find(id));
            preview = null;
        }
    }

    /** The confirmation's facts, or null while none is asked. */
    public ValidationPreview getPreview() {
        return preview;
    }

    /** The last day of submissions as the caller reads it. */
    public String getSubmissionCloses() {
        return messages.date(programme.submissionCloses());
    }

    public boolean isOpen() {
        return programme.status() == ProgrammeStatus.OPEN;
    }

    public boolean isInTargetRange() {
        return programme.inTargetRange();
    }

    /** The stages the programme has candidates at, in pipeline order: the pipeline tables' columns. */
    public List<String> getStages() {
        return Arrays.stream(PipelineStage.values()).map(PipelineStage::name)
                .filter(stage -> pipeline.status().get(stage) > 0).toList();
    }

    public long getId() { return id; }
    public void setId(long id) { this.id = id; }
    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public CandidateStatus getStatus() { return status; }
    public void setStatus(CandidateStatus status) { this.status = status; }
    public ArbitrationDecision getDecision() { return decision; }
    public void setDecision(ArbitrationDecision decision) { this.decision = decision; }
    public Long getDirectorateId() { return directorateId; }
    public void setDirectorateId(Long directorateId) { this.directorateId = directorateId; }
    public Long getPolicyId() { return policyId; }
    public void setPolicyId(Long policyId) { this.policyId = policyId; }
    public TerritorialScale getScale() { return scale; }
    public void setScale(TerritorialScale scale) { this.scale = scale; }
    public Long getNeighbourhoodId() { return neighbourhoodId; }
    public void setNeighbourhoodId(Long neighbourhoodId) { this.neighbourhoodId = neighbourhoodId; }
    public ProgrammeView getProgramme() { return programme; }
    public PagedModel<CandidateView> getModel() { return model; }
    public PipelineView getPipeline() { return pipeline; }
    public String getJustification() { return justification; }
    public void setJustification(String justification) { this.justification = justification; }
}
