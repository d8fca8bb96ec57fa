package org.fabrique.web.api.evaluation;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fabrique.evaluation.application.PublicEvaluationService;
import org.fabrique.evaluation.application.PublicEvaluationService.PublicReport;
import org.fabrique.evaluation.application.PublicEvaluationService.PublishedReport;
import org.fabrique.web.api.PageView;
import org.fabrique.web.api.Paging;

/** Open data: the evaluation reports the pôle has published, readable without an account. */
@Path("/public/evaluations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public")
public class PublicEvaluationResource {

    @Inject
    PublicEvaluationService reports;

    @GET
    @SecurityRequirementsSet
    @Operation(summary = "The published evaluation reports {id, title, programmeYear, publishedAt}, latest first (anyone)")
    public PageView<PublishedReport> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return PageView.of(reports.page(Paging.of(page, size)));
    }

    @GET
    @Path("{id}")
    @SecurityRequirementsSet
    @Operation(summary = "A published report: framing, evaluators, period, summary, questions and findings, quotes by "
            + "category only, recommendations and their follow-up; 404 while unpublished (anyone)")
    public PublicReport report(@PathParam("id") long id) {
        return reports.report(id);
    }
}
