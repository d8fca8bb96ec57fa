package org.fabrique.web.publication;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.fabrique.core.application.RecordNotFound;
import org.fabrique.evaluation.application.PublicEvaluationService.PublicReport;
import org.fabrique.evaluation.application.PublicEvaluationService;

/**
 * public/evaluation.xhtml?id=: a published evaluation report, the same content as
 * {@code GET /api/public/evaluations/{id}}; an unpublished or unknown one is not found.
 */
@Named
@RequestScoped
public class PublicEvaluationView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PublicEvaluationService reports;

    private Long id;
    private PublicReport report;

    public void load() {
        if (id == null) {
            throw new RecordNotFound("evaluation", "none");
        }
        report = reports.report(id);
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public PublicReport getReport() { return report; }
}
