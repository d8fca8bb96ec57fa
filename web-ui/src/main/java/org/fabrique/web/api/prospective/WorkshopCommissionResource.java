package org.fabrique.web.api.prospective;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
import org.fabrique.core.application.Roles;
import org.fabrique.prospective.application.WorkshopCommissions;
import org.fabrique.web.api.core.CommissionForm;
import org.fabrique.web.api.core.CommissionJson;

/** What a workshop's reference document commissions in its chapter 5 (members and the pôle read; the pôle commissions). */
@Path("/workshops/{id}/commissions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Prospective workshops")
public class WorkshopCommissionResource {

    @Inject
    WorkshopCommissions commissions;

    @GET
    @Operation(summary = "The evaluations and candidate projects the workshop commissioned, oldest first (members and POLE only)")
    public List<CommissionJson> list(@PathParam("id") long id) {
        return commissions.list(id).stream().map(CommissionJson::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "Created; its address in Location",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommissionJson.class)))
    @Operation(summary = "Commission from chapter 5: {kind EVALUATION|CANDIDATE_PROJECT, title, brief, directorateId "
            + "(for a candidate), policyId} (POLE); the evaluation is created in framing, the candidate as a draft of "
            + "the directorate in the next open programme; 409 before the document exists or without an open programme")
    @RolesAllowed(Roles.POLE)
    public Response commission(@PathParam("id") long id,
            @NotNull(message = "{request.body.required}") @Valid CommissionForm form, @Context UriInfo uri) {
        CommissionJson created = CommissionJson.of(commissions.commission(id, form.order()));
        return Response.created(uri.getBaseUriBuilder().path("commissions").path(String.valueOf(created.id())).build())
                .entity(created).build();
    }
}
