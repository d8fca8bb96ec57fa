package org.fabrique.web.api.dialogue;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fabrique.core.application.Roles;
import org.fabrique.dialogue.application.ProjectDetail;
import org.fabrique.dialogue.application.ProjectService;
import org.fabrique.dialogue.application.ProjectView;
import org.fabrique.dialogue.application.RecommendationService;
import org.fabrique.dialogue.application.RecommendationView;
import org.fabrique.dialogue.application.SessionService;
import org.fabrique.dialogue.application.SessionView;
import org.fabrique.dialogue.domain.DialogueProject;
import org.fabrique.dialogue.domain.Recommendation;
import org.fabrique.dialogue.domain.RecommendationFilter;
import org.fabrique.web.api.PageView;
import org.fabrique.web.api.Paging;

/**
 * The dialogue projects: the pôle records their sessions and the citizens' recommendations, and the
 * lessons each project teaches.
 */
@Path("/projects")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Citizen dialogue")
public class ProjectResource {

    public record RecommendationForm(
            @NotBlank(message = "{dialogue.recommendation.text.required}")
            @Size(max = Recommendation.TEXT_MAX_LENGTH, message = "{dialogue.text.size}") String text,
            @NotNull(message = "{dialogue.recommendation.directorate.required}") Long directorateId,
            Long sessionId) {
    }

    public record LessonsForm(
            @Size(max = DialogueProject.LESSONS_MAX_LENGTH, message = "{dialogue.lessons.size}") String lessons,
            Long version) {
    }

    @Inject
    ProjectService projects;

    @Inject
    SessionService sessions;

    @Inject
    RecommendationService recommendations;

    @GET
    @Path("{id}")
    @Operation(summary = "One dialogue project, with its methods, lessons and version (any account)")
    public ProjectDetail get(@PathParam("id") long id) {
        return projects.find(id);
    }

    @PUT
    @Path("{id}/lessons")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the lessons learned on the project; send version (POLE)")
    @RolesAllowed(Roles.POLE)
    public ProjectView lessons(@PathParam("id") long id,
            @NotNull(message = "{request.body.required}") @Valid LessonsForm form) {
        return projects.recordLessons(id, form.version(), form.lessons());
    }

    @GET
    @Path("{id}/sessions")
    @Operation(summary = "Its sessions in date order, each with its files (any account)")
    public PageView<SessionView> sessions(@PathParam("id") long id, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return PageView.of(sessions.page(id, Paging.of(page, size)));
    }

    @POST
    @Path("{id}/sessions")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "Created; its address in Location",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionView.class)))
    @Operation(summary = "Record a session: date, place, method, group, participants, themes, outputs (POLE)")
    @RolesAllowed(Roles.POLE)
    public Response recordSession(@PathParam("id") long id,
            @NotNull(message = "{request.body.required}") @Valid SessionForm form, @Context UriInfo uri) {
        SessionView created = sessions.record(id, form.toService());
        return Response.created(uri.getBaseUriBuilder().path("sessions").path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @GET
    @Path("{id}/recommendations")
    @Operation(summary = "Its recommendations by due date: all for POLE and ELECTED, its own for a DIRECTORATE")
    public PageView<RecommendationView> recommendations(@PathParam("id") long id, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        projects.find(id);
        return PageView.of(recommendations.page(new RecommendationFilter(null, id, null, null, null),
                Paging.of(page, size)));
    }

    @POST
    @Path("{id}/recommendations")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "Created; its address in Location",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecommendationView.class)))
    @Operation(summary = "Record a recommendation, assigned to a directorate; dueDate = today + the programme's answerDelayDays (POLE)")
    @RolesAllowed(Roles.POLE)
    public Response record(@PathParam("id") long id,
            @NotNull(message = "{request.body.required}") @Valid RecommendationForm form, @Context UriInfo uri) {
        RecommendationView created = recommendations.record(id, form.text(), form.directorateId(), form.sessionId());
        return Response.created(uri.getBaseUriBuilder().path("recommendations").path(String.valueOf(created.id())).build())
                .entity(created).build();
    }
}
