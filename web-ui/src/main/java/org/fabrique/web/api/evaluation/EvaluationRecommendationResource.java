package org.fabrique.web.api.evaluation;

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
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fabrique.core.application.Roles;
import org.fabrique.evaluation.application.EvaluationRecommendationService;
import org.fabrique.evaluation.application.EvaluationRecommendationView;
import org.fabrique.evaluation.domain.EvaluationRecommendation;
import org.fabrique.evaluation.domain.EvaluationRecommendationFilter;
import org.fabrique.evaluation.domain.FollowUpStatus;
import org.fabrique.web.api.PageView;
import org.fabrique.web.api.Paging;
import org.fabrique.web.api.QueryParameters;
import org.fabrique.web.api.Sorting;

/**
 * The recommendations an evaluation ends on and their follow-up: any account reads them, overdue ones
 * first; the pôle writes and assigns them; the pôle or the owner directorate says where they stand.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Evaluation")
public class EvaluationRecommendationResource {

    public record RecommendationForm(
            @NotBlank(message = "{evaluation.recommendation.text.required}")
            @Size(max = EvaluationRecommendation.TEXT_MAX_LENGTH, message = "{evaluation.text.tooLong}") String text,
            Long version) {
    }

    public record AssignmentForm(Long ownerDirectorateId,
            @Size(max = EvaluationRecommendation.OWNER_MAX_LENGTH, message = "{evaluation.text.tooLong}") String ownerLabel,
            LocalDate dueDate, Long version) {
    }

    public record FollowUpForm(@NotNull(message = "{evaluation.followUp.status.required}") FollowUpStatus status,
            @Size(max = EvaluationRecommendation.TEXT_MAX_LENGTH, message = "{evaluation.text.tooLong}") String comment,
            Long version) {
    }

    @Inject
    EvaluationRecommendationService recommendations;

    @GET
    @Path("evaluations/{id}/recommendations")
    @Operation(summary = "The evaluation's recommendations by rank {id, rank, text, ownerDirectorateId, ownerLabel, "
            + "dueDate, status, followUpComment, overdue, version} (any account)")
    public List<EvaluationRecommendationView> list(@PathParam("id") long id) {
        return recommendations.recommendations(id);
    }

    @POST
    @Path("evaluations/{id}/recommendations")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "Created; its address in Location",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvaluationRecommendationView.class)))
    @Operation(summary = "Recommend {text}, ranked after the others (POLE; 409 in follow-up)")
    @RolesAllowed(Roles.POLE)
    public Response recommend(@PathParam("id") long id,
            @NotNull(message = "{request.body.required}") @Valid RecommendationForm form, @Context UriInfo uri) {
        EvaluationRecommendationView created = recommendations.recommend(id, form.text());
        return Response.created(uri.getBaseUriBuilder().path("evaluation-recommendations")
                .path(String.valueOf(created.id())).build()).entity(created).build();
    }

    @GET
    @Path("evaluation-recommendations")
    @Operation(summary = "Every evaluation's recommendations, overdue first, then open ones, then finished ones, each by "
            + "due date; filtered by ?evaluationId=, ?directorateId=, ?status=, ?overdue=, ?dueAfter=, ?dueBefore= and "
            + "?q= (text, owner, comment), sorted by ?sort= among dueDate, rank, status, text, owner (any account)")
    public PageView<EvaluationRecommendationView> page(@QueryParam("evaluationId") String evaluationId,
            @QueryParam("directorateId") String directorateId, @QueryParam("status") String status,
            @QueryParam("overdue") String overdue, @QueryParam("dueAfter") String dueAfter,
            @QueryParam("dueBefore") String dueBefore, @QueryParam("q") String text, @QueryParam("sort") String sort,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        EvaluationRecommendationFilter filter = new EvaluationRecommendationFilter(
                QueryParameters.optionalId("evaluationId", evaluationId),
                QueryParameters.optionalId("directorateId", directorateId),
                QueryParameters.optionalEnum("status", status, FollowUpStatus.class),
                QueryParameters.optionalBoolean("overdue", overdue), QueryParameters.optionalDate("dueAfter", dueAfter),
                QueryParameters.optionalDate("dueBefore", dueBefore), QueryParameters.optionalText("q", text));
        return PageView.of(recommendations.page(filter, Sorting.of(sort, EvaluationRecommendationFilter.SORT_FIELDS),
                Paging.of(page, size)));
    }

    @PUT
    @Path("evaluation-recommendations/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reword a recommendation {text, version} (POLE)")
    @RolesAllowed(Roles.POLE)
    public EvaluationRecommendationView reword(@PathParam("id") long id,
            @NotNull(message = "{request.body.required}") @Valid RecommendationForm form) {
        return recommendations.reword(id, form.version(), form.text());
    }

    @PUT
    @Path("evaluation-recommendations/{id}/assignment")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Name who follows the recommendation up and by when {ownerDirectorateId, ownerLabel, dueDate, "
            + "version}; the directorate's name stands for the label when none is sent (POLE)")
    @RolesAllowed(Roles.POLE)
    public EvaluationRecommendationView assign(@PathParam("id") long id,
            @NotNull(message = "{request.body.required}") @Valid AssignmentForm form) {
        return recommendations.assign(id, form.version(), form.ownerDirectorateId(), form.ownerLabel(), form.dueDate());
    }

    @PUT
    @Path("evaluation-recommendations/{id}/follow-up")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Say where the follow-up stands {status, comment, version}; status among PLANNED, IN_PROGRESS, "
            + "DONE, ABANDONED (POLE or the owner directorate; anyone else 403)")
    public EvaluationRecommendationView followUp(@PathParam("id") long id,
            @NotNull(message = "{request.body.required}") @Valid FollowUpForm form) {
        return recommendations.followUp(id, form.version(), form.status(), form.comment());
    }
}
