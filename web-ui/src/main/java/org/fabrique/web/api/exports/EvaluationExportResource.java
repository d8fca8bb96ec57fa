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
import org.fabrique.web.api.QueryParameters;
import org.fabrique.web.api.audit.Exported;
import org.fabrique.web.documents.Attachments;
import org.fabrique.web.documents.DownloadLanguage;
import org.fabrique.web.documents.exports.EvaluationExport;
import org.fabrique.web.documents.exports.ExportFormat;

/** The evaluations as a file, as their list shows them. */
@Exported
@Path("/evaluations" + Downloads.FORMAT)
@Tag(name = "Exports")
public class EvaluationExportResource {

    @Inject
    EvaluationExport export;

    @Context
    HttpHeaders headers;

    @GET
    @APIResponse(responseCode = "200", description = "The file, CSV (UTF-8, with a BOM) or Excel, as an attachment", content = {
            @Content(mediaType = ExportFormat.CSV_MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = ExportFormat.XLSX_MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @Operation(summary = "The evaluations (one programme year's with programmeYear) as CSV or Excel (any account)")
    public Response download(@PathParam("format") String format, @QueryParam("programmeYear") String programmeYear,
            @QueryParam("lang") String lang) {
        return Attachments.table(export.of(QueryParameters.optionalYear("programmeYear", programmeYear), DownloadLanguage.of(lang, headers.getAcceptableLanguages())), "evaluations", format);
    }
}
