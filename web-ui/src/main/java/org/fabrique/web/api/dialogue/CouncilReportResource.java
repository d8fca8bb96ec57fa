package org.fabrique.web.api.dialogue;

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
import org.fabrique.web.documents.reports.CouncilReport;

/** The yearly report to the municipal council on a programme, as a PDF download. */
@Exported
@Path("/programmes/{id}/report.pdf")
@Tag(name = "Citizen dialogue")
public class CouncilReportResource {

    @Inject
    CouncilReport report;

    @Context
    HttpHeaders headers;

    @GET
    @Produces("application/pdf")
    @APIResponse(responseCode = "200", description = "The PDF, as an attachment",
            content = {@Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @Operation(summary = "The yearly report to the municipal council on the programme, as a PDF in French or English (?lang=fr|en, else Accept-Language) (POLE, ELECTED)")
    public Response download(@PathParam("id") long id, @QueryParam("lang") String lang) {
        return Attachments.pdf(report.of(id, DownloadLanguage.of(lang, headers.getAcceptableLanguages())));
    }
}
