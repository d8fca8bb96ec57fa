package org.fabrique.web.api.exports;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fabrique.dialogue.domain.RecommendationFilter;
import org.fabrique.web.api.QueryParameters;
import org.fabrique.web.api.dialogue.ContentDisposition;
import org.fabrique.web.exports.ActionExport;
import org.fabrique.web.exports.CandidateExport;
import org.fabrique.web.exports.EvaluationExport;
import org.fabrique.web.exports.ExportFormat;
import org.fabrique.web.exports.RecommendationExport;
import org.fabrique.web.exports.Table;
import org.fabrique.web.exports.WorkshopExport;
import org.fabrique.web.i18n.Texts;

/**
 * The lists as files: the list's path followed by {@code .csv} (UTF-8 with a byte order mark, {@code ;})
 * or {@code .xlsx}, the same filters as the list, the whole list; headers and values in French or
 * English ({@code ?lang=}, else the {@code Accept-Language}).
 */
@Path("/")
@Tag(name = "Exports")
public class ExportResource {

    private static final String FORMAT = "{format: csv|xlsx}";

    @Inject
    CandidateExport candidates;

    @Inject
    RecommendationExport recommendations;

    @Inject
    WorkshopExport workshops;

    @Inject
    ActionExport actions;

    @Inject
    EvaluationExport evaluations;

    @Context
    HttpHeaders headers;

    @GET
    @Path("programmes/{id}/candidates." + FORMAT)
    @Operation(summary = "A programme's candidates as CSV or Excel: all for POLE and ELECTED, its own for a DIRECTORATE")
    public Response candidates(@PathParam("id") long id, @PathParam("format") String format, @QueryParam("lang") String lang) {
        return download(candidates.of(id, locale(lang)), "candidates-" + id, format);
    }

    @GET
    @Path("recommendations." + FORMAT)
    @Operation(summary = "Recommendations as CSV or Excel, with the list's filters: all for POLE and ELECTED, its own for a DIRECTORATE")
    public Response recommendations(@PathParam("format") String format, @QueryParam("programmeId") String programmeId,
            @QueryParam("projectId") String projectId, @QueryParam("directorateId") String directorateId,
            @QueryParam("overdue") String overdue, @QueryParam("dueSoon") String dueSoon, @QueryParam("lang") String lang) {
        RecommendationFilter filter = new RecommendationFilter(QueryParameters.optionalId("programmeId", programmeId),
                QueryParameters.optionalId("projectId", projectId), QueryParameters.optionalId("directorateId", directorateId),
                QueryParameters.optionalBoolean("overdue", overdue), QueryParameters.optionalBoolean("dueSoon", dueSoon));
        return download(recommendations.of(filter, locale(lang)), "recommendations", format);
    }

    @GET
    @Path("workshops." + FORMAT)
    @Operation(summary = "The workshops (one cycle's with cycleId) as CSV or Excel (any account)")
    public Response workshops(@PathParam("format") String format, @QueryParam("cycleId") String cycleId,
            @QueryParam("lang") String lang) {
        return download(workshops.of(QueryParameters.optionalId("cycleId", cycleId), locale(lang)), "workshops", format);
    }

    @GET
    @Path("workshops/{id}/actions." + FORMAT)
    @Operation(summary = "A workshop's action plan as CSV or Excel (members and POLE; anyone else 403)")
    public Response actions(@PathParam("id") long id, @PathParam("format") String format,
            @QueryParam("directorateId") String directorateId, @QueryParam("lang") String lang) {
        return download(actions.of(id, QueryParameters.optionalId("directorateId", directorateId), locale(lang)),
                "actions-workshop-" + id, format);
    }

    @GET
    @Path("evaluations." + FORMAT)
    @Operation(summary = "The evaluations (one programme year's with programmeYear) as CSV or Excel (any account)")
    public Response evaluations(@PathParam("format") String format, @QueryParam("programmeYear") String programmeYear,
            @QueryParam("lang") String lang) {
        return download(evaluations.of(QueryParameters.optionalYear("programmeYear", programmeYear), locale(lang)),
                "evaluations", format);
    }

    private Locale locale(String lang) {
        return lang == null || lang.isBlank() ? Texts.apiLocale(headers.getAcceptableLanguages()) : Texts.supported(lang);
    }

    private static Response download(Table table, String fileName, String extension) {
        ExportFormat format = ExportFormat.of(extension);
        StreamingOutput body = out -> format.write(table, out);
        return Response.ok(body, format.mediaType())
                .header("Content-Disposition", ContentDisposition.attachment(fileName + "." + format.extension())).build();
    }
}
