package org.fabrique.web.api.dialogue;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
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
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fabrique.core.application.Roles;
import org.fabrique.dialogue.application.RecommendationService;
import org.fabrique.dialogue.application.RecommendationView;
import org.fabrique.dialogue.domain.AnswerPosition;
import org.fabrique.dialogue.domain.RecommendationFilter;
import org.fabrique.web.api.PageView;
import org.fabrique.web.api.Paging;
import org.fabrique.web.api.QueryParameters;
import org.fabrique.web.api.VersionForm;

/** Recommendations and the city's answers. */
@Path("/recommendations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Citizen dialogue")
public class RecommendationResource {

    public record AnswerForm(
            @NotNull(message = "{dialogue.answer.position.required}") AnswerPosition position,
            @Size(max = 4000, message = "{dialogue.text.size}") String text,
            @Size(max = 4000, message = "{dialogue.text.size}") String plannedActions,
            Long version) {
    }

    @Inject
    RecommendationService recommendations;

    @GET
    @Operation(summary = "Recommendations by due date, with status and overdue: all for POLE and ELECTED, its own for a "
            + "DIRECTORATE; dueSoon=true keeps those awaiting an answer due within 30 days")
    public PageView<RecommendationView> list(@QueryParam("programmeId") String programmeId,
            @QueryParam("projectId") String projectId, @QueryParam("directorateId") String directorateId,
            @QueryParam("overdue") String overdue, @QueryParam("dueSoon") String dueSoon,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        RecommendationFilter filter = new RecommendationFilter(QueryParameters.optionalId("programmeId", programmeId),
                QueryParameters.optionalId("projectId", projectId), QueryParameters.optionalId("directorateId", directorateId),
                QueryParameters.optionalBoolean("overdue", overdue), QueryParameters.optionalBoolean("dueSoon", dueSoon));
        return PageView.of(recommendations.page(filter, Paging.of(page, size)));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One recommendation (as the list)")
    public RecommendationView get(@PathParam("id") long id) {
        return recommendations.find(id);
    }

    @PUT
    @Path("{id}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer: NOT_RETAINED needs a text, UNDER_STUDY does not end the commitment (its DIRECTORATE, or POLE)")
    @RolesAllowed({Roles.POLE, Roles.DIRECTORATE})
    public RecommendationView answer(@PathParam("id") long id,
            @NotNull(message = "{request.body.required}") @Valid AnswerForm form) {
        return recommendations.answer(id, form.version(), form.position(), form.text(), form.plannedActions());
    }

    @POST
    @Path("{id}/publication")
    @Operation(summary = "Make the answer public (POLE)")
    @RolesAllowed(Roles.POLE)
    public RecommendationView publish(@PathParam("id") long id, VersionForm form) {
        return recommendations.publish(id, VersionForm.of(form));
    }
}
