package org.fabrique.web.api.evaluation;

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
import org.fabrique.core.application.CommissionService;
import org.fabrique.core.application.Roles;
import org.fabrique.core.domain.ResourceKind;
import org.fabrique.core.domain.ResourceRef;
import org.fabrique.evaluation.application.RecommendationCommissions;
import org.fabrique.web.api.core.CommissionForm;
import org.fabrique.web.api.core.CommissionJson;

/** What an evaluation's recommendation commissions: a further evaluation or a citizen-dialogue project. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Evaluation")
public class RecommendationCommissionResource {

    @Inject
    RecommendationCommissions commissions;

    @Inject
    CommissionService links;

    @GET
    @Path("evaluations/{id}/commissions")
    @Operation(summary = "What the evaluation's recommendations commissioned, oldest first (any account)")
    public List<CommissionJson> ofEvaluation(@PathParam("id") long id) {
        return commissions.ofEvaluation(id).stream().map(CommissionJson::of).toList();
    }

    @GET
    @Path("evaluation-recommendations/{id}/commissions")
    @Operation(summary = "What this recommendation commissioned, oldest first (any account; 404 for an unknown recommendation)")
    public List<CommissionJson> list(@PathParam("id") long id) {
        commissions.evaluationOf(id);
        return links.fromOrigin(new ResourceRef(ResourceKind.EVALUATION_RECOMMENDATION, id)).stream()
                .map(CommissionJson::of).toList();
    }

    @POST
    @Path("evaluation-recommendations/{id}/commissions")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "Created; its address in Location",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommissionJson.class)))
    @Operation(summary = "Commission from the recommendation {kind EVALUATION|CANDIDATE_PROJECT, title, brief, "
            + "directorateId (for a candidate), policyId (by default the evaluation's)} (POLE); the evaluation is created "
            + "in framing, the candidate as a draft of the directorate in the next open programme")
    @RolesAllowed(Roles.POLE)
    public Response commission(@PathParam("id") long id,
            @NotNull(message = "{request.body.required}") @Valid CommissionForm form, @Context UriInfo uri) {
        CommissionJson created = CommissionJson.of(commissions.commission(id, form.order()));
        return Response.created(uri.getBaseUriBuilder().path("commissions").path(String.valueOf(created.id())).build())
                .entity(created).build();
    }
}
