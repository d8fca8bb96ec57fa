package org.fabrique.web.api.prospective;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fabrique.prospective.application.DiffView;
import org.fabrique.prospective.application.DocumentService;
import org.fabrique.prospective.application.VersionSummary;
import org.fabrique.prospective.application.VersionText;
import org.fabrique.prospective.domain.VersionDiff;
import org.fabrique.web.api.InvalidQuery;
import org.fabrique.web.api.Problem;
import org.fabrique.web.api.VersionForm;

/**
 * The numbered versions of a workshop's reference document, for its members and the pôle only: their list,
 * their full text, their comparison, and the submission of the draft as the next version.
 */
@Path("/workshops/{id}/versions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Prospective workshops")
public class VersionResource {

    @Inject
    DocumentService documents;

    @GET
    @Operation(summary = "The versions submitted: number, submittedBy, submittedAt (members and POLE only)")
    public List<VersionSummary> versions(@PathParam("id") long id) {
        return documents.document(id).versions();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "Created; its address in Location",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VersionSummary.class)))
    @Operation(summary = "Submit the draft to the group as the next version; send the document's version (the president or POLE)")
    public Response submit(@PathParam("id") long id, VersionForm form,
            @Context UriInfo uri) {
        VersionSummary created = documents.submit(id, VersionForm.of(form));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.number())).build())
                .entity(created).build();
    }

    @GET
    @Path("diff")
    @Operation(summary = "Two versions compared chapter by chapter: ?from=1&to=2&granularity=WORD|LINE (members and POLE only)")
    public DiffView diff(@PathParam("id") long id, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("granularity") String granularity) {
        return documents.compare(id, number("from", from), number("to", to), granularity(granularity));
    }

    @GET
    @Path("{number}")
    @Operation(summary = "One version with the full text of its five chapters (members and POLE only)")
    public VersionText version(@PathParam("id") long id, @PathParam("number") int number) {
        return documents.version(id, number);
    }

    private static int number(String name, String value) {
        try {
            if (value != null) {
                int number = Integer.parseInt(value.strip());
                if (number > 0) {
                    return number;
                }
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidQuery(List.of(new Problem.FieldError(name, name + " must be a version number (1, 2, …).")));
    }

    private static VersionDiff.Granularity granularity(String value) {
        if (value == null || value.isBlank()) {
            return VersionDiff.Granularity.WORD;
        }
        try {
            return VersionDiff.Granularity.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidQuery(List.of(new Problem.FieldError("granularity", "granularity must be WORD or LINE.")));
        }
    }
}
