package org.fabrique.web.publication;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.fabrique.dialogue.application.PublicProgrammeService;
import org.fabrique.evaluation.application.PublicEvaluationService.PublishedReport;
import org.fabrique.evaluation.application.PublicEvaluationService;
import org.fabrique.prospective.application.PublicSynthesisService.PublicSynthesis;
import org.fabrique.prospective.application.PublicSynthesisService;
import org.fabrique.web.faces.PageWindow;

/**
 * public/index.xhtml?notes=&reports=: what the city publishes, for anyone: the validated programmes by year, then
 * the published synthesis notes of the workshops and the published evaluation reports, the latest first, each list
 * with its own page in the address. A note's page here is its page on public/workshops.xhtml.
 */
@Named
@RequestScoped
public class PublicIndexView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Reports on a page. */
    static final int REPORTS_PAGE_SIZE = 20;

    @Inject
    PublicProgrammeService programmes;

    @Inject
    PublicSynthesisService syntheses;

    @Inject
    PublicEvaluationService reports;

    /** The pages shown, from the address, from 0. */
    private int notesPage;
    private int reportsPage;
    private final PageWindow notesPager = new PageWindow(PublicWorkshopsView.PAGE_SIZE);
    private final PageWindow reportsPager = new PageWindow(REPORTS_PAGE_SIZE);
    private List<Integer> years = List.of();
    private List<PublicSynthesis> notes = List.of();
    private List<PublishedReport> published = List.of();

    public void load() {
        years = programmes.years();
        notes = notesPager.read(notesPage, syntheses::page).items();
        notesPage = notesPager.getPage();
        published = reportsPager.read(reportsPage, reports::page).items();
        reportsPage = reportsPager.getPage();
    }

    public List<Integer> getYears() { return years; }
    public List<PublicSynthesis> getNotes() { return notes; }
    public List<PublishedReport> getReports() { return published; }
    public PageWindow getNotesPager() { return notesPager; }
    public PageWindow getReportsPager() { return reportsPager; }
    public int getNotesPage() { return notesPage; }
    public void setNotesPage(int notesPage) { this.notesPage = notesPage; }
    public int getReportsPage() { return reportsPage; }
    public void setReportsPage(int reportsPage) { this.reportsPage = reportsPage; }
}
