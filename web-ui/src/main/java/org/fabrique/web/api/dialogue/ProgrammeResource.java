package org.fabrique.web.api.dialogue;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.fabrique.core.application.Roles;
import org.fabrique.core.domain.TerritorialScale;
import org.fabrique.dialogue.application.CandidateService;
import org.fabrique.dialogue.application.CandidateView;
import org.fabrique.dialogue.application.CommitmentService;
import org.fabrique.dialogue.application.CommitmentView;
import org.fabrique.dialogue.application.PipelineService;
import org.fabrique.dialogue.application.PipelineView;
import org.fabrique.dialogue.application.ProgrammeService;
import org.fabrique.dialogue.application.ProgrammeView;
import org.fabrique.dialogue.application.ProjectView;
import org.fabrique.dialogue.domain.ArbitrationDecision;
import org.fabrique.dialogue.domain.CandidateFilter;
import org.fabrique.dialogue.domain.CandidateStatus;
import org.fabrique.dialogue.domain.Programme;
import org.fabrique.dialogue.domain.ProgrammeFilter;
import org.fabrique.dialogue.domain.ProgrammeStatus;
import org.fabrique.dialogue.domain.ProjectFilter;
import org.fabrique.web.api.PageView;
import org.fabrique.web.api.Paging;
import org.fabrique.web.api.QueryParameters;
import org.fabrique.web.api.Sorting;

/** The yearly programmes, their candidates, their validation and their dialogue projects. */
@Path("/programmes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Citizen dialogue")
public class ProgrammeResource {

    /** The call for projects of a year; the target range defaults to 30–50 and the answer delay to 90 days. */
    public record ProgrammeForm(
            @NotNull(message = "{dialogue.programme.year.required}")
            @Min(value = Programme.YEAR_MIN, message = "{dialogue.programme.year.range}")
            @Max(value = Programme.YEAR_MAX, message = "{dialogue.programme.year.range}") Integer year,
            @NotNull(message = "{dialogue.programme.opens.required}") LocalDate submissionOpens,
            @NotNull(message = "{dialogue.programme.closes.required}") LocalDate submissionCloses,
            @Min(value = 0, message = "{dialogue.programme.target.range}")
            @Max(value = Programme.TARGET_MAX, message = "{dialogue.programme.target.range}") Integer targetMin,
            @Min(value = 0, message = "{dialogue.programme.target.range}")
            @Max(value = Programme.TARGET_MAX, message = "{dialogue.programme.target.range}") Integer targetMax,
            @Min(value = Programme.ANSWER_DELAY_MIN_DAYS, message = "{dialogue.programme.delay.range}")
            @Max(value = Programme.ANSWER_DELAY_MAX_DAYS, message = "{dialogue.programme.delay.range}") Integer answerDelayDays) {
    }

    /** The elected official's validation; the justification is required outside the target range. */
    public record ValidationForm(@Size(max = Programme.JUSTIFICATION_MAX_LENGTH, message = "{dialogue.validation.justification.size}") String justification,
            Long version) {
    }

    @Inject
    ProgrammeService programmes;

    @Inject
    CandidateService candidates;

    @Inject
    CommitmentService commitment;

    @Inject
    PipelineService pipeline;

    @GET
    @Operation(summary = "The programmes, most recent first; filtered by ?status=, sorted by ?sort= among year, status"
            + " (any account)")
    public PageView<ProgrammeView> list(@QueryParam("status") String status, @QueryParam("sort") String sort,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        ProgrammeFilter filter = new ProgrammeFilter(QueryParameters.optionalEnum("status", status, ProgrammeStatus.class));
        return PageView.of(programmes.page(filter, Sorting.of(sort, ProgrammeFilter.SORT_FIELDS), Paging.of(page, size)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "Created; its address in Location",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgrammeView.class)))
    @Operation(summary = "Open the programme of a year: status OPEN (POLE)")
    @RolesAllowed(Roles.POLE)
    public Response open(@NotNull(message = "{request.body.required}") @Valid ProgrammeForm form, @Context UriInfo uri) {
        ProgrammeView created = programmes.open(new ProgrammeService.NewProgramme(form.year(), form.submissionOpens(),
                form.submissionCloses(), form.targetMin() == null ? Programme.DEFAULT_TARGET_MIN : form.targetMin(),
                form.targetMax() == null ? Programme.DEFAULT_TARGET_MAX : form.targetMax(),
                form.answerDelayDays() == null ? Programme.DEFAULT_ANSWER_DELAY_DAYS : form.answerDelayDays()));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One programme, with its status and retainedCount (any account)")
    public ProgrammeView get(@PathParam("id") long id) {
        return programmes.find(id);
    }

    @GET
    @Path("{id}/candidates")
    @Operation(summary = "Its candidates: all for POLE and ELECTED, its own for a DIRECTORATE; filters directorateId=,"
            + " status=DRAFT|SUBMITTED|WITHDRAWN|STUDIED|ARBITRATED, decision=RETAINED|DEFERRED|REJECTED, policyId=,"
            + " scale=, neighbourhoodId=, q= (in the title or the summary); sort= title, status (the pipeline's order),"
            + " submittedAt, budget (- for descending), then by title")
    public PageView<CandidateView> candidates(@PathParam("id") long id, @QueryParam("directorateId") String directorateId,
            @QueryParam("status") String status, @QueryParam("decision") String decision,
            @QueryParam("policyId") String policyId, @QueryParam("scale") String scale,
            @QueryParam("neighbourhoodId") String neighbourhoodId, @QueryParam("q") String text,
            @QueryParam("sort") String sort, @QueryParam("page") String page, @QueryParam("size") String size) {
        CandidateFilter filter = new CandidateFilter(QueryParameters.optionalId("directorateId", directorateId),
                QueryParameters.optionalEnum("status", status, CandidateStatus.class),
                QueryParameters.optionalEnum("decision", decision, ArbitrationDecision.class),
                QueryParameters.optionalId("policyId", policyId),
                QueryParameters.optionalEnum("scale", scale, TerritorialScale.class),
                QueryParameters.optionalId("neighbourhoodId", neighbourhoodId), QueryParameters.optionalText("q", text));
        return PageView.of(candidates.page(id, filter, Sorting.of(sort, CandidateFilter.SORT_FIELDS), Paging.of(page, size)));
    }

    @POST
    @Path("{id}/candidates")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "Created; its address in Location",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CandidateView.class)))
    @Operation(summary = "Draft a candidate project for the caller's directorate: status DRAFT (DIRECTORATE)")
    @RolesAllowed(Roles.DIRECTORATE)
    public Response draft(@PathParam("id") long id, @NotNull(message = "{request.body.required}") @Valid CandidateForm form,
            @Context UriInfo uri) {
        CandidateView created = candidates.draft(id, form.toDraft());
        return Response.created(uri.getBaseUriBuilder().path("candidates").path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @POST
    @Path("{id}/validation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Validate the programme: status VALIDATED, retained candidates become dialogue projects (ELECTED)")
    @RolesAllowed(Roles.ELECTED)
    public ProgrammeView validate(@PathParam("id") long id, @Valid ValidationForm form) {
        return programmes.validate(id, form == null ? null : form.version(), form == null ? null : form.justification());
    }

    @GET
    @Path("{id}/projects")
    @Operation(summary = "Its dialogue projects, by title; filtered by ?directorateId=, ?policyId=, ?scale=,"
            + " ?neighbourhoodId= and ?q= (title or summary), sorted by ?sort= among title, scale (any account)")
    public PageView<ProjectView> projects(@PathParam("id") long id, @QueryParam("directorateId") String directorateId,
            @QueryParam("policyId") String policyId, @QueryParam("scale") String scale,
            @QueryParam("neighbourhoodId") String neighbourhoodId, @QueryParam("q") String text,
            @QueryParam("sort") String sort, @QueryParam("page") String page, @QueryParam("size") String size) {
        ProjectFilter filter = new ProjectFilter(QueryParameters.optionalId("directorateId", directorateId),
                QueryParameters.optionalId("policyId", policyId),
                QueryParameters.optionalEnum("scale", scale, TerritorialScale.class),
                QueryParameters.optionalId("neighbourhoodId", neighbourhoodId), QueryParameters.optionalText("q", text));
        return PageView.of(programmes.projects(id, filter, Sorting.of(sort, ProjectFilter.SORT_FIELDS),
                Paging.of(page, size)));
    }

    @GET
    @Path("{id}/commitment")
    @Operation(summary = "How the city keeps its commitment to answer, in the programme and per directorate: "
            + "recommendations in all, awaiting an answer (an UNDER_STUDY answer included), overdue, answered on time "
            + "and late, and the on-time rate (on time / (answered + overdue), null while nothing is due) "
            + "(POLE, DIRECTORATE, ELECTED)")
    public CommitmentView commitment(@PathParam("id") long id) {
        return commitment.of(id);
    }

    @GET
    @Path("{id}/pipeline")
    @Operation(summary = "Its candidates counted by stage (status, an arbitrated one by its decision: DRAFT, SUBMITTED, "
            + "STUDIED, RETAINED, DEFERRED, REJECTED, WITHDRAWN), in all and by directorate, policy and scale "
            + "(POLE, ELECTED: every candidate; DIRECTORATE: its own)")
    public PipelineView pipeline(@PathParam("id") long id) {
        return pipeline.of(id);
    }
}
