package org.fabrique.web.api.evaluation;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fabrique.web.api.audit.Exported;
import org.fabrique.web.documents.Attachments;
import org.fabrique.web.documents.DownloadLanguage;
import org.fabrique.web.documents.reports.EvaluationReport;

/** An evaluation's report as a PDF download; what the interviews said only for the pôle and the steering committee. */
@Exported
@Path("/evaluations/{id}/report.pdf")
@Tag(name = "Evaluation")
public class EvaluationReportResource {

    @Inject
    EvaluationReport report;

    @Context
    HttpHeaders headers;

    @GET
    @Produces("application/pdf")
    @APIResponse(responseCode = "200", description = "The PDF, as an attachment",
            content = {@Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @Operation(summary = "The evaluation's report as a PDF in French or English (?lang=fr|en, else Accept-Language); its quotes, by category only, for POLE and the steering committee, reserved for anyone else (any account)")
    public Response download(@PathParam("id") long id, @QueryParam("lang") String lang) {
        return Attachments.pdf(report.of(id, DownloadLanguage.of(lang, headers.getAcceptableLanguages())));
    }
}
