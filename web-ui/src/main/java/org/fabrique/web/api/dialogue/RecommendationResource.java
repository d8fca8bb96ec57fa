package org.fabrique.web.api.dialogue;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fabrique.core.application.Roles;
import org.fabrique.dialogue.application.BulkPublication;
import org.fabrique.dialogue.application.RecommendationService;
import org.fabrique.dialogue.application.RecommendationView;
import org.fabrique.dialogue.domain.Answer;
import org.fabrique.dialogue.domain.AnswerPosition;
import org.fabrique.dialogue.domain.Recommendation;
import org.fabrique.dialogue.domain.RecommendationFilter;
import org.fabrique.dialogue.domain.RecommendationStatus;
import org.fabrique.web.api.PageView;
import org.fabrique.web.api.Paging;
import org.fabrique.web.api.QueryParameters;
import org.fabrique.web.api.Sorting;
import org.fabrique.web.api.VersionForm;
import org.fabrique.web.i18n.Texts;

/** Recommendations and the city's answers. */
@Path("/recommendations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Citizen dialogue")
public class RecommendationResource {

    public record AnswerForm(
            @NotNull(message = "{dialogue.answer.position.required}") AnswerPosition position,
            @Size(max = Answer.TEXT_MAX_LENGTH, message = "{dialogue.text.size}") String text,
            @Size(max = Answer.TEXT_MAX_LENGTH, message = "{dialogue.text.size}") String plannedActions,
            Long version) {
    }

    /** A correction of what the pôle recorded: the text, the directorate that answers, and why. */
    public record CorrectionForm(
            @NotBlank(message = "{dialogue.recommendation.text.required}")
            @Size(max = Recommendation.TEXT_MAX_LENGTH, message = "{dialogue.text.size}") String text,
            @NotNull(message = "{dialogue.recommendation.directorate.required}") Long directorateId,
            @NotBlank(message = "{dialogue.recommendation.reasonRequired}")
            @Size(max = Recommendation.REASON_MAX_LENGTH, message = "{dialogue.recommendation.reason.size}") String reason,
            Long version) {
    }

    /** The recommendations whose answers to publish at once. */
    public record PublicationForm(
            @NotEmpty(message = "{dialogue.publication.ids.required}")
            @Size(max = RecommendationService.BULK_MAX, message = "{dialogue.publication.ids.size}") List<@NotNull Long> ids) {
    }

    /** What a bulk publication did: the answers now public, and the recommendations refused with why. */
    public record PublicationResult(List<Long> published, List<Refused> refused) {

        public record Refused(long id, String detail) {
        }
    }

    @Inject
    RecommendationService recommendations;

    @Inject
    Texts texts;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "Recommendations by due date, with status and overdue: all for POLE and ELECTED, its own for a "
            + "DIRECTORATE; dueSoon=true keeps those awaiting an answer due within 30 days; status=AWAITING_ANSWER|ANSWERED,"
            + " published=true|false, dueAfter= and dueBefore= (days, included), q= (in the text or the project's title);"
            + " sort= dueDate, recordedOn, text, project (- for descending), then by due date")
    public PageView<RecommendationView> list(@QueryParam("programmeId") String programmeId,
            @QueryParam("projectId") String projectId, @QueryParam("directorateId") String directorateId,
            @QueryParam("overdue") String overdue, @QueryParam("dueSoon") String dueSoon,
            @QueryParam("status") String status, @QueryParam("published") String published,
            @QueryParam("dueAfter") String dueAfter, @QueryParam("dueBefore") String dueBefore,
            @QueryParam("q") String text, @QueryParam("sort") String sort,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        RecommendationFilter filter = new RecommendationFilter(QueryParameters.optionalId("programmeId", programmeId),
                QueryParameters.optionalId("projectId", projectId), QueryParameters.optionalId("directorateId", directorateId),
                QueryParameters.optionalBoolean("overdue", overdue), QueryParameters.optionalBoolean("dueSoon", dueSoon),
                QueryParameters.optionalEnum("status", status, RecommendationStatus.class),
                QueryParameters.optionalBoolean("published", published), QueryParameters.optionalText("q", text),
                QueryParameters.optionalDate("dueAfter", dueAfter), QueryParameters.optionalDate("dueBefore", dueBefore));
        return PageView.of(recommendations.page(filter, Sorting.of(sort, RecommendationFilter.SORT_FIELDS),
                Paging.of(page, size)));
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

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct a recommendation: {text, directorateId, reason, version}; a new directorate takes over the "
            + "answer and both directorates are told; refused (409) once the answer is published (POLE)")
    @RolesAllowed(Roles.POLE)
    public RecommendationView correct(@PathParam("id") long id,
            @NotNull(message = "{request.body.required}") @Valid CorrectionForm form) {
        return recommendations.correct(id, form.version(), form.text(), form.directorateId(), form.reason());
    }

    @POST
    @Path("publication")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish answers in bulk: {ids} → {published: [ids], refused: [{id, detail}]}; one already "
            + "published stays as it is (POLE)")
    @RolesAllowed(Roles.POLE)
    public PublicationResult publishAll(@NotNull(message = "{request.body.required}") @Valid PublicationForm form) {
        BulkPublication done = recommendations.publishAll(form.ids());
        Locale locale = Texts.apiLocale(headers.getAcceptableLanguages());
        return new PublicationResult(done.published(), done.refused().stream()
                .map(r -> new PublicationResult.Refused(r.id(), texts.validation(r.messageKey(), locale))).toList());
    }

    @POST
    @Path("{id}/publication")
    @Operation(summary = "Make the answer public (POLE)")
    @RolesAllowed(Roles.POLE)
    public RecommendationView publish(@PathParam("id") long id, VersionForm form) {
        return recommendations.publish(id, VersionForm.of(form));
    }
}
