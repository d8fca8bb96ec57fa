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
import org.fabrique.web.api.audit.Exported;
import org.fabrique.web.documents.Attachments;
import org.fabrique.web.documents.DownloadLanguage;
import org.fabrique.web.documents.exports.CandidateExport;

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
    @Operation(summary = "A programme's candidates as CSV or Excel: all for POLE and ELECTED, its own for a DIRECTORATE")
    public Response download(@PathParam("id") long id, @PathParam("format") String format, @QueryParam("lang") String lang) {
        return Attachments.table(export.of(id, DownloadLanguage.of(lang, headers.getAcceptableLanguages())), "candidates-" + id, format);
    }
}
