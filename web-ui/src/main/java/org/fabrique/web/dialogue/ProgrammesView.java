package org.fabrique.web.dialogue;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.fabrique.core.application.InvalidInput;
import org.fabrique.dialogue.application.ProgrammeService;
import org.fabrique.dialogue.application.ProgrammeView;
import org.fabrique.dialogue.domain.Programme;
import org.fabrique.dialogue.domain.ProgrammeFilter;
import org.fabrique.web.faces.Messages;
import org.fabrique.web.faces.PagedModel;

/** dialogue/programmes.xhtml: the yearly programmes; the pôle opens the next one. */
@Named
@ViewScoped
public class ProgrammesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProgrammeService programmes;

    @Inject
    Messages messages;

    private PagedModel<ProgrammeView> model;
    private Boolean mayOpen;
    private Integer year;
    private LocalDate submissionOpens;
    private LocalDate submissionCloses;
    private Integer targetMin = Programme.DEFAULT_TARGET_MIN;
    private Integer targetMax = Programme.DEFAULT_TARGET_MAX;
    private Integer answerDelayDays = Programme.DEFAULT_ANSWER_DELAY_DAYS;

    public void load() {
        model = PagedModel.sortedBy(ProgrammeFilter.SORT_FIELDS,
                (sort, request) -> programmes.page(ProgrammeFilter.all(), sort, request), ProgrammeView::id);
        if (year == null) {
            year = LocalDate.now().getYear() + 1;
        }
    }

    public void open() {
        try {
            ProgrammeView opened = programmes.open(new ProgrammeService.NewProgramme(year, submissionOpens,
                    submissionCloses, targetMin, targetMax, answerDelayDays));
            messages.info("dialogue.programme.opened", String.valueOf(opened.year()));
            year = opened.year() + 1;
            submissionOpens = null;
            submissionCloses = null;
        } catch (InvalidInput e) {
            messages.refused(e, "openProgramme");
        }
    }

    public PagedModel<ProgrammeView> getModel() { return model; }

    /** Whether the caller may open a programme, as the service says (read once). */
    public boolean isMayOpen() {
        if (mayOpen == null) {
            mayOpen = programmes.mayOpen();
        }
        return mayOpen;
    }
    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public LocalDate getSubmissionOpens() { return submissionOpens; }
    public void setSubmissionOpens(LocalDate submissionOpens) { this.submissionOpens = submissionOpens; }
    public LocalDate getSubmissionCloses() { return submissionCloses; }
    public void setSubmissionCloses(LocalDate submissionCloses) { this.submissionCloses = submissionCloses; }
    public Integer getTargetMin() { return targetMin; }
    public void setTargetMin(Integer targetMin) { this.targetMin = targetMin; }
    public Integer getTargetMax() { return targetMax; }
    public void setTargetMax(Integer targetMax) { this.targetMax = targetMax; }
    public Integer getAnswerDelayDays() { return answerDelayDays; }
    public void setAnswerDelayDays(Integer answerDelayDays) { this.answerDelayDays = answerDelayDays; }
}
