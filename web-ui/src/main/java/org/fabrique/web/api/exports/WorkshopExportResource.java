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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fabrique.web.api.QueryParameters;
import org.fabrique.web.api.audit.Exported;
import org.fabrique.web.documents.Attachments;
import org.fabrique.web.documents.DownloadLanguage;
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
    @Operation(summary = "The workshops (one cycle's with cycleId) as CSV or Excel (any account)")
    public Response download(@PathParam("format") String format, @QueryParam("cycleId") String cycleId, @QueryParam("lang") String lang) {
        return Attachments.table(export.of(QueryParameters.optionalId("cycleId", cycleId), DownloadLanguage.of(lang, headers.getAcceptableLanguages())), "workshops", format);
    }
}
