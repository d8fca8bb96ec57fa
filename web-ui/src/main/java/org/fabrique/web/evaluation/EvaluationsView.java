package org.fabrique.web.evaluation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.fabrique.core.application.CityClock;
import org.fabrique.core.application.InvalidInput;
import org.fabrique.evaluation.application.EvaluationDetail;
import org.fabrique.evaluation.application.EvaluationProgrammeView;
import org.fabrique.evaluation.application.EvaluationService;
import org.fabrique.evaluation.application.EvaluationSummary;
import org.fabrique.evaluation.domain.EvaluationFilter;
import org.fabrique.evaluation.domain.EvaluationStatus;
import org.fabrique.evaluation.domain.EvaluationType;
import org.fabrique.web.faces.Messages;
import org.fabrique.web.faces.PagedModel;

/**
 * evaluation/evaluations.xhtml: the evaluations, latest programme first, one programme's when a year is
 * chosen; the pôle frames a new one in a year's programme and lands on its page.
 */
@Named
@ViewScoped
public class EvaluationsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EvaluationService evaluations;

    @Inject
    CityClock clock;

    @Inject
    Messages messages;

    private Integer year;
    /** The other filters, from the address. */
    private String q;
    private EvaluationStatus status;
    private EvaluationType type;
    private Long policyId;
    private List<EvaluationProgrammeView> programmes;
    private PagedModel<EvaluationSummary> model;
    /** Typed, so that a year that is not a number is refused beside its field like any other. */
    private String programmeYear;
    private final FramingFields fields = new FramingFields();
    private boolean mayFrame;

    public void load() {
        programmes = evaluations.programmes();
        mayFrame = evaluations.mayFrame();
        EvaluationFilter filter = new EvaluationFilter(year, status, type, policyId, q);
        model = PagedModel.sortedBy(EvaluationFilter.SORT_FIELDS, (sort, request) -> evaluations.page(filter, sort, request),
                EvaluationSummary::id);
        if (programmeYear == null) {
            programmeYear = String.valueOf(clock.today().getYear());
        }
    }

    /** Frames the evaluation and opens its page. */
    public String frame() {
        try {
            EvaluationDetail framed = evaluations.frame(parsedYear(), fields.toFraming());
            messages.flashInfo("evaluation.framed", framed.title());
            return "/evaluation/evaluation?faces-redirect=true&id=" + framed.id();
        } catch (InvalidInput e) {
            messages.refused(e, "frame");
            return null;
        }
    }

    private int parsedYear() {
        try {
            return Integer.parseInt(programmeYear == null ? "" : programmeYear.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInput("programmeYear", "evaluation.programme.year");
        }
    }

    /** Whether a filter other than the year narrows the list (then the page offers to clear them). */
    public boolean isFiltered() {
        return new EvaluationFilter(null, status, type, policyId, q).narrows();
    }

    public EvaluationStatus[] getStatuses() { return EvaluationStatus.values(); }
    public EvaluationType[] getTypes() { return EvaluationType.values(); }
    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public EvaluationStatus getStatus() { return status; }
    public void setStatus(EvaluationStatus status) { this.status = status; }
    public EvaluationType getType() { return type; }
    public void setType(EvaluationType type) { this.type = type; }
    public Long getPolicyId() { return policyId; }
    public void setPolicyId(Long policyId) { this.policyId = policyId; }
    public List<EvaluationProgrammeView> getProgrammes() { return programmes; }
    public PagedModel<EvaluationSummary> getModel() { return model; }
    public String getProgrammeYear() { return programmeYear; }
    public void setProgrammeYear(String programmeYear) { this.programmeYear = programmeYear; }
    public FramingFields getFields() { return fields; }
    public boolean isMayFrame() { return mayFrame; }
}
