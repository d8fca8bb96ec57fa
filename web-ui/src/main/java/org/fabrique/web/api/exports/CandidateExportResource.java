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
import org.fabrique.web.api.audit.Exported;
import org.fabrique.web.documents.Attachments;
import org.fabrique.web.documents.DownloadLanguage;
import org.fabrique.web.documents.exports.CandidateExport;
import org.fabrique.web.documents.exports.ExportFormat;

/** A programme's candidates as a file, as the programme's page lists them. */
@Exported
@Path("/programmes/{id}/candidates" + Downloads.FORMAT)
@Tag(name = "Exports")
public class CandidateExportResource {

    @Inject
    CandidateExport export;

    @Context
    HttpHeaders headers;

    @GET
    @APIResponse(responseCode = "200", description = "The file, CSV (UTF-8, with a BOM) or Excel, as an attachment", content = {
            @Content(mediaType = ExportFormat.CSV_MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = ExportFormat.XLSX_MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @Operation(summary = "A programme's candidates as CSV or Excel: all for POLE and ELECTED, its own for a DIRECTORATE")
    public Response download(@PathParam("id") long id, @PathParam("format") String format, @QueryParam("lang") String lang) {
        return Attachments.table(export.of(id, DownloadLanguage.of(lang, headers.getAcceptableLanguages())), "candidates-" + id, format);
    }
}
