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
import org.fabrique.web.documents.exports.ExportFormat;
import org.fabrique.web.documents.exports.WorkshopExport;

/** The workshops as a file, as their list shows them: nothing confidential. */
@Exported
@Path("/workshops" + Downloads.FORMAT)
@Tag(name = "Exports")
public class WorkshopExportResource {

    @Inject
    WorkshopExport export;

    @Context
    HttpHeaders headers;

    @GET
    @APIResponse(responseCode = "200", description = "The file, CSV (UTF-8, with a BOM) or Excel, as an attachment", content = {
            @Content(mediaType = ExportFormat.CSV_MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = ExportFormat.XLSX_MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @Operation(summary = "The workshops (one cycle's with cycleId) as CSV or Excel (any account)")
    public Response download(@PathParam("format") String format, @QueryParam("cycleId") String cycleId, @QueryParam("lang") String lang) {
        return Attachments.table(export.of(QueryParameters.optionalId("cycleId", cycleId), DownloadLanguage.of(lang, headers.getAcceptableLanguages())), "workshops", format);
    }
}
