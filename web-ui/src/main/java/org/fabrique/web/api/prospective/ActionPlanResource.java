package org.fabrique.web.api.prospective;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fabrique.prospective.application.ActionPlanService;
import org.fabrique.prospective.application.ActionView;
import org.fabrique.prospective.domain.ActionStatus;
import org.fabrique.prospective.domain.PlannedAction;
import org.fabrique.web.api.PageView;
import org.fabrique.web.api.Paging;
import org.fabrique.web.api.QueryParameters;

/** A workshop's action plan, once its document is adopted (members and the pôle only). */
@Path("/workshops/{id}/actions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Prospective workshops")
public class ActionPlanResource {

    public record ActionForm(
            @NotBlank(message = "{prospective.action.recommendation.required}")
            @Size(max = PlannedAction.RECOMMENDATION_MAX_LENGTH, message = "{prospective.text.size}") String recommendation,
            @NotBlank(message = "{prospective.action.title.required}")
            @Size(max = PlannedAction.TITLE_MAX_LENGTH, message = "{prospective.text.size}") String title,
            @NotNull(message = "{prospective.action.directorate.required}") Long directorateId,
            @NotBlank(message = "{prospective.action.pilot.required}")
            @Size(max = PlannedAction.PILOT_MAX_LENGTH, message = "{prospective.text.size}") String pilot,
            @NotNull(message = "{prospective.action.deadline.required}") LocalDate deadline) {
    }

    public record ProgressForm(
            @NotNull(message = "{prospective.action.status.required}") ActionStatus status,
            @NotNull(message = "{prospective.action.progress.range}")
            @Min(value = 0, message = "{prospective.action.progress.range}")
            @Max(value = 100, message = "{prospective.action.progress.range}") Integer progress,
            Long version) {
    }

    @Inject
    ActionPlanService plan;

    @GET
    @Operation(summary = "The plan by directorate then deadline; one directorate's with ?directorateId= (members and POLE only)")
    public PageView<ActionView> list(@PathParam("id") long id, @QueryParam("directorateId") String directorateId,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        return PageView.of(plan.page(id, QueryParameters.optionalId("directorateId", directorateId), Paging.of(page, size)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "Created; its address in Location",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActionView.class)))
    @Operation(summary = "Add an action: {recommendation, title, directorateId, pilot, deadline}, once the document is "
            + "adopted (the president or POLE)")
    public Response add(@PathParam("id") long id, @NotNull(message = "{request.body.required}") @Valid ActionForm form,
            @Context UriInfo uri) {
        ActionView created = plan.plan(id, form.recommendation(), form.title(), form.directorateId(), form.pilot(),
                form.deadline());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("{actionId}/progress")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Where an action stands: {status, progress 0–100, version} (the president, POLE or its directorate)")
    public ActionView progress(@PathParam("id") long id, @PathParam("actionId") long actionId,
            @NotNull(message = "{request.body.required}") @Valid ProgressForm form) {
        return plan.update(id, actionId, form.version(), form.status(), form.progress());
    }
}
