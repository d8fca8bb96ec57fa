package org.fabrique.web.api.dialogue;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fabrique.dialogue.application.RecommendationService;
import org.fabrique.dialogue.application.RecommendationView;

/** The dialogue projects: the pôle records the citizens' recommendations from their sessions. */
@Path("/projects")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Citizen dialogue")
public class ProjectResource {

    public record RecommendationForm(
            @NotBlank(message = "{dialogue.recommendation.text.required}")
            @Size(max = 4000, message = "{dialogue.text.size}") String text,
            @NotNull(message = "{dialogue.recommendation.directorate.required}") Long directorateId,
            Long sessionId) {
    }

    @Inject
    RecommendationService recommendations;

    @POST
    @Path("{id}/recommendations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a recommendation, assigned to a directorate; dueDate = today + the programme's answerDelayDays (POLE)")
    public Response record(@PathParam("id") long id,
            @NotNull(message = "{request.body.required}") @Valid RecommendationForm form, @Context UriInfo uri) {
        RecommendationView created = recommendations.record(id, form.text(), form.directorateId(), form.sessionId());
        return Response.created(uri.getBaseUriBuilder().path("recommendations").path(String.valueOf(created.id())).build())
                .entity(created).build();
    }
}
