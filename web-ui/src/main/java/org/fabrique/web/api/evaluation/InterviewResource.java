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
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fabrique.core.application.Roles;
import org.fabrique.evaluation.application.InterviewService.NewInterview;
import org.fabrique.evaluation.application.InterviewService;
import org.fabrique.evaluation.application.InterviewView;
import org.fabrique.evaluation.application.QuoteView;
import org.fabrique.evaluation.application.ThemeCount;
import org.fabrique.evaluation.domain.Interview;
import org.fabrique.evaluation.domain.IntervieweeCategory;
import org.fabrique.evaluation.domain.Quote;
import org.fabrique.web.api.PageView;
import org.fabrique.web.api.Paging;

/**
 * An evaluation's interviews and the quotes drawn from them: read by the pôle and the evaluation's steering
 * committee only (403 for anyone else), the interviewee's name by the pôle only, quotes attributed by
 * category only, never by name; recorded by the pôle.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Evaluation")
public class InterviewResource {

    public record InterviewForm(
            @NotNull(message = "{evaluation.interview.category.required}") IntervieweeCategory category,
            @Size(max = Interview.NAME_MAX_LENGTH, message = "{evaluation.text.tooLong}") String intervieweeName,
            @NotNull(message = "{evaluation.interview.date.required}") LocalDate interviewedOn,
            @NotBlank(message = "{evaluation.interview.interviewer.required}")
            @Size(max = Interview.NAME_MAX_LENGTH, message = "{evaluation.text.tooLong}") String interviewer,
            @Size(max = Interview.NOTES_MAX_LENGTH, message = "{evaluation.text.tooLong}") String notes,
            Long version) {

        NewInterview toService() {
            return new NewInterview(category, intervieweeName, interviewedOn, interviewer, notes);
        }
    }

    public record QuoteForm(
            @NotBlank(message = "{evaluation.quote.text.required}")
            @Size(max = Quote.TEXT_MAX_LENGTH, message = "{evaluation.text.tooLong}") String text,
            Set<String> themes,
            Set<Long> questionIds) {
    }

    public record TagsForm(Set<String> themes, Set<Long> questionIds, Long version) {
    }

    @Inject
    InterviewService interviews;

    @GET
    @Path("evaluations/{id}/interviews")
    @Operation(summary = "The interviews by date {id, category, intervieweeName (POLE only, else null), interviewedOn, "
            + "interviewer, notes, version} (POLE and the steering committee; anyone else 403)")
    public List<InterviewView> list(@PathParam("id") long id) {
        return interviews.interviews(id);
    }

    @POST
    @Path("evaluations/{id}/interviews")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "Created; its address in Location",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InterviewView.class)))
    @Operation(summary = "Record an interview {category, intervieweeName, interviewedOn, interviewer, notes}; the name "
            + "stays with the pôle (POLE)")
    @RolesAllowed(Roles.POLE)
    public Response record(@PathParam("id") long id, @NotNull(message = "{request.body.required}") @Valid InterviewForm form,
            @Context UriInfo uri) {
        InterviewView created = interviews.record(id, form.toService());
        return Response.created(uri.getBaseUriBuilder().path("interviews").path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("interviews/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Revise an interview {category, intervieweeName, interviewedOn, interviewer, notes, version} (POLE)")
    @RolesAllowed(Roles.POLE)
    public InterviewView revise(@PathParam("id") long id, @NotNull(message = "{request.body.required}") @Valid InterviewForm form) {
        return interviews.revise(id, form.version(), form.toService());
    }

    @GET
    @Path("evaluations/{id}/quotes")
    @Operation(summary = "The quotes by interview date {id, interviewId, text, category, themes, questionIds, version}, "
            + "attributed by category only, never by name; one theme's with ?theme= (POLE and the steering committee; "
            + "anyone else 403)")
    public PageView<QuoteView> quotes(@PathParam("id") long id, @QueryParam("theme") String theme,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        return PageView.of(interviews.quotes(id, theme, Paging.of(page, size)));
    }

    @GET
    @Path("evaluations/{id}/themes")
    @Operation(summary = "The themes of the quotes, alphabetically {theme, quotes} (POLE and the steering committee)")
    public List<ThemeCount> themes(@PathParam("id") long id) {
        return interviews.themes(id);
    }

    @POST
    @Path("interviews/{id}/quotes")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "Created; its address in Location",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QuoteView.class)))
    @Operation(summary = "Keep a quote of the interview verbatim {text, themes, questionIds} (POLE)")
    @RolesAllowed(Roles.POLE)
    public Response quote(@PathParam("id") long id, @NotNull(message = "{request.body.required}") @Valid QuoteForm form,
            @Context UriInfo uri) {
        QuoteView created = interviews.quote(id, form.text(), orEmpty(form.themes()), orEmpty(form.questionIds()));
        return Response.created(uri.getBaseUriBuilder().path("quotes").path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("quotes/{id}/tags")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Retag a quote {themes, questionIds, version} (POLE)")
    @RolesAllowed(Roles.POLE)
    public QuoteView retag(@PathParam("id") long id, @NotNull(message = "{request.body.required}") @Valid TagsForm form) {
        return interviews.retag(id, form.version(), orEmpty(form.themes()), orEmpty(form.questionIds()));
    }

    private static <T> Set<T> orEmpty(Set<T> values) {
        return values == null ? Set.of() : values;
    }
}
