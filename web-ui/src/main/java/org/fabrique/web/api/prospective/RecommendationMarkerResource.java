package org.fabrique.web.api.prospective;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fabrique.core.application.Roles;
import org.fabrique.prospective.application.RecommendationMarkerService.MarkedRecommendation;
import org.fabrique.prospective.application.RecommendationMarkerService;
import org.fabrique.prospective.domain.Marker;
import org.fabrique.prospective.domain.RecommendationMarkers;
import org.fabrique.prospective.domain.WorkshopIssue;

/** A workshop's adopted recommendations (chapter 4) and the markers the pôle reads in them. */
@Path("/workshops/{id}/recommendations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Prospective workshops")
public class RecommendationMarkerResource {

    public record MarkersForm(
            @NotBlank(message = "{prospective.recommendation.required}")
            @Size(max = RecommendationMarkers.RECOMMENDATION_MAX_LENGTH, message = "{dialogue.text.size}") String recommendation,
            List<Marker> markers,
            @Size(max = WorkshopIssue.TENSION_MAX_LENGTH, message = "{prospective.tension.size}") String tension,
            Long version) {
    }

    @Inject
    RecommendationMarkerService recommendations;

    @GET
    @Operation(summary = "The adopted document's recommendations, with the markers read in them (any account)")
    public List<MarkedRecommendation> list(@PathParam("id") long id) {
        return recommendations.recommendations(id);
    }

    @PUT
    @Path("markers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Read markers and a tension in one adopted recommendation, replacing the previous reading; send "
            + "the version read, 0 for a recommendation never read yet (POLE)")
    @RolesAllowed(Roles.POLE)
    public MarkedRecommendation tag(@PathParam("id") long id,
            @NotNull(message = "{request.body.required}") @Valid MarkersForm form) {
        return recommendations.tag(id, form.recommendation(), form.markers(), form.tension(), form.version());
    }
}
