package org.fabrique.web.api.evaluation;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fabrique.core.application.Roles;
import org.fabrique.evaluation.application.QuestionService;
import org.fabrique.evaluation.application.QuestionView;
import org.fabrique.evaluation.domain.Criterion;
import org.fabrique.evaluation.domain.EvaluativeQuestion;

/** An evaluation's evaluative questions and their findings: any account reads them, the pôle writes them. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Evaluation")
public class QuestionResource {

    public record QuestionForm(
            @NotBlank(message = "{evaluation.question.text.required}")
            @Size(max = EvaluativeQuestion.TEXT_MAX_LENGTH, message = "{evaluation.text.tooLong}") String text,
            @NotEmpty(message = "{evaluation.question.criteria.required}") Set<Criterion> criteria,
            Long version) {
    }

    public record FindingForm(
            @Size(max = EvaluativeQuestion.FINDING_MAX_LENGTH, message = "{evaluation.text.tooLong}") String finding,
            Long version) {
    }

    @Inject
    QuestionService questions;

    @GET
    @Path("evaluations/{id}/questions")
    @Operation(summary = "The evaluative questions by rank {id, rank, text, criteria, finding, version} (any account)")
    public List<QuestionView> list(@PathParam("id") long id) {
        return questions.questions(id);
    }

    @POST
    @Path("evaluations/{id}/questions")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "Created; its address in Location",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QuestionView.class)))
    @Operation(summary = "Ask an evaluative question {text, criteria}; criteria among RELEVANCE, COHERENCE, "
            + "EFFECTIVENESS, EFFICIENCY, IMPACT, SUSTAINABILITY (POLE; 409 in follow-up)")
    @RolesAllowed(Roles.POLE)
    public Response ask(@PathParam("id") long id, @NotNull(message = "{request.body.required}") @Valid QuestionForm form,
            @Context UriInfo uri) {
        QuestionView created = questions.ask(id, form.text(), form.criteria());
        return Response.created(uri.getBaseUriBuilder().path("evaluation-questions").path(String.valueOf(created.id()))
                .build()).entity(created).build();
    }

    @PUT
    @Path("evaluation-questions/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reword a question {text, criteria, version} (POLE)")
    @RolesAllowed(Roles.POLE)
    public QuestionView reword(@PathParam("id") long id, @NotNull(message = "{request.body.required}") @Valid QuestionForm form) {
        return questions.reword(id, form.version(), form.text(), form.criteria());
    }

    @PUT
    @Path("evaluation-questions/{id}/finding")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write the question's finding {finding, version}; blank takes it back (POLE)")
    @RolesAllowed(Roles.POLE)
    public QuestionView writeFinding(@PathParam("id") long id,
            @NotNull(message = "{request.body.required}") @Valid FindingForm form) {
        return questions.writeFinding(id, form.version(), form.finding());
    }
}
