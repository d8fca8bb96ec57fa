package org.fabrique.web.api.exports;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
import org.fabrique.dialogue.domain.RecommendationFilter;
import org.fabrique.web.api.QueryParameters;
import org.fabrique.web.api.audit.Exported;
import org.fabrique.web.documents.Attachments;
import org.fabrique.web.documents.DownloadLanguage;
import org.fabrique.web.documents.exports.ExportFormat;
import org.fabrique.web.documents.exports.RecommendationExport;

/** The citizens' recommendations as a file, with the list's filters: a directorate's own only. */
@Exported
@Path("/recommendations" + Downloads.FORMAT)
@Tag(name = "Exports")
public class RecommendationExportResource {

    @Inject
    RecommendationExport export;

    @Context
    HttpHeaders headers;

    @GET
    @APIResponse(responseCode = "200", description = "The file, CSV (UTF-8, with a BOM) or Excel, as an attachment", content = {
            @Content(mediaType = ExportFormat.CSV_MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = ExportFormat.XLSX_MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @Operation(summary = "Recommendations as CSV or Excel, with the list's filters: all for POLE and ELECTED, its own "
            + "for a DIRECTORATE")
    public Response download(@PathParam("format") String format, @QueryParam("programmeId") String programmeId,
            @QueryParam("projectId") String projectId, @QueryParam("directorateId") String directorateId,
            @QueryParam("overdue") String overdue, @QueryParam("dueSoon") String dueSoon, @QueryParam("lang") String lang) {
        return Attachments.table(export.of(new RecommendationFilter(QueryParameters.optionalId("programmeId", programmeId),
                QueryParameters.optionalId("projectId", projectId), QueryParameters.optionalId("directorateId", directorateId),
                QueryParameters.optionalBoolean("overdue", overdue), QueryParameters.optionalBoolean("dueSoon", dueSoon)),
                DownloadLanguage.of(lang, headers.getAcceptableLanguages())), "recommendations", format);
    }
}
