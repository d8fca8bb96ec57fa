package org.fabrique.web.publication;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.fabrique.core.domain.PageRequest;
import org.fabrique.dialogue.application.PublicProgrammeService;
import org.fabrique.evaluation.application.PublicEvaluationService.PublishedReport;
import org.fabrique.evaluation.application.PublicEvaluationService;
import org.fabrique.prospective.application.PublicSynthesisService.PublicSynthesis;
import org.fabrique.prospective.application.PublicSynthesisService;

/**
 * public/index.xhtml: what the city publishes, for anyone: the validated programmes by year, the latest
 * published synthesis notes of the workshops and the published evaluation reports.
 */
@Named
@RequestScoped
public class PublicIndexView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The latest notes and reports the page lists; the API pages through all of them. */
    static final PageRequest LATEST = new PageRequest(0, 100);

    @Inject
    PublicProgrammeService programmes;

    @Inject
    PublicSynthesisService syntheses;

    @Inject
    PublicEvaluationService reports;

    private List<Integer> years = List.of();
    private List<PublicSynthesis> notes = List.of();
    private List<PublishedReport> published = List.of();

    public void load() {
        years = programmes.years();
        notes = syntheses.page(LATEST).items();
        published = reports.page(LATEST).items();
    }

    public List<Integer> getYears() { return years; }
    public List<PublicSynthesis> getNotes() { return notes; }
    public List<PublishedReport> getReports() { return published; }
}
