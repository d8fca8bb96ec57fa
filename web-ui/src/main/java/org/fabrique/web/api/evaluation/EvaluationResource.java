package org.fabrique.web.api.evaluation;

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
import org.fabrique.core.application.InvalidInput;
import org.fabrique.core.application.Roles;
import org.fabrique.evaluation.application.EvaluationProgrammeView;
import org.fabrique.evaluation.application.EvaluationService;
import org.fabrique.evaluation.application.EvaluationSummary;
import org.fabrique.evaluation.domain.Evaluation;
import org.fabrique.evaluation.domain.EvaluationFilter;
import org.fabrique.evaluation.domain.EvaluationStatus;
import org.fabrique.evaluation.domain.EvaluationType;
import org.fabrique.web.api.PageView;
import org.fabrique.web.api.Paging;
import org.fabrique.web.api.QueryParameters;
import org.fabrique.web.api.Sorting;
import org.fabrique.web.api.VersionForm;

/**
 * The evaluations: their list and framing for any account; the pôle frames them in a yearly programme,
 * reframes them, writes their summary, appoints their steering committee, moves them one step at a time and
 * publishes their report.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Evaluation")
public class EvaluationResource {

    public record SummaryForm(
            @Size(max = Evaluation.SUMMARY_MAX_LENGTH, message = "{evaluation.text.tooLong}") String summary,
            Long version) {
    }

    public record ProgressForm(@NotNull(message = "{evaluation.status.required}") EvaluationStatus status,
            Long version) {
    }


    public record SteeringCommitteeForm(
            @NotNull(message = "{evaluation.steering.unknownAccount}") Set<Long> accountIds, Long version) {
    }

    @Inject
    EvaluationService evaluations;

    @GET
    @Path("evaluations")
    @Operation(summary = "The evaluations {id, title, status, type, programmeYear}, latest programme first then by title;"
            + " filters programmeYear=, status=FRAMING|DATA_COLLECTION|ANALYSIS|REPORTED|FOLLOW_UP,"
            + " type=EX_ANTE|MID_TERM|EX_POST, policyId=, q= (in the title or the object); sort= title, programmeYear,"
            + " status (the steps' order), start (- for descending) (any account)")
    public PageView<EvaluationSummary> list(@QueryParam("programmeYear") String programmeYear,
            @QueryParam("status") String status, @QueryParam("type") String type, @QueryParam("policyId") String policyId,
            @QueryParam("q") String text, @QueryParam("sort") String sort,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        EvaluationFilter filter = new EvaluationFilter(QueryParameters.optionalYear("programmeYear", programmeYear),
                QueryParameters.optionalEnum("status", status, EvaluationStatus.class),
                QueryParameters.optionalEnum("type", type, EvaluationType.class),
                QueryParameters.optionalId("policyId", policyId), QueryParameters.optionalText("q", text));
        return PageView.of(evaluations.page(filter, Sorting.of(sort, EvaluationFilter.SORT_FIELDS), Paging.of(page, size)));
    }

    @GET
    @Path("evaluation-programmes")
    @Operation(summary = "The yearly evaluation programmes {id, year, title} (any account)")
    public List<EvaluationProgrammeView> programmes() {
        return evaluations.programmes();
    }

    @GET
    @Path("evaluations/{id}")
    @Operation(summary = "One evaluation: its framing, origin (KIND:id), steering committee, status and nextStatus, "
            + "summary, version (any account)")
    public EvaluationJson get(@PathParam("id") long id) {
        return EvaluationJson.of(evaluations.get(id));
    }

    @POST
    @Path("evaluations")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "Created; its address in Location",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvaluationJson.class)))
    @Operation(summary = "Frame an evaluation in the programme of programmeYear: {programmeYear, title, object, "
            + "objectDescription, policyId, originLabel, type, participatory, evaluatorKind, evaluators, start, end} "
            + "→ status FRAMING (POLE)")
    @RolesAllowed(Roles.POLE)
    public Response frame(@NotNull(message = "{request.body.required}") @Valid EvaluationForm form, @Context UriInfo uri) {
        if (form.programmeYear() == null) {
            throw new InvalidInput("programmeYear", "evaluation.programme.year");
        }
        EvaluationJson created = EvaluationJson.of(evaluations.frame(form.programmeYear(), form.framing()));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("evaluations/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reframe the evaluation (the framing as for POST, its year aside); send version (POLE)")
    @RolesAllowed(Roles.POLE)
    public EvaluationJson edit(@PathParam("id") long id, @NotNull(message = "{request.body.required}") @Valid EvaluationForm form) {
        return EvaluationJson.of(evaluations.edit(id, form.version(), form.framing()));
    }

    @PUT
    @Path("evaluations/{id}/summary")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write the evaluation's summary {summary, version} (POLE)")
    @RolesAllowed(Roles.POLE)
    public EvaluationJson writeSummary(@PathParam("id") long id,
            @NotNull(message = "{request.body.required}") @Valid SummaryForm form) {
        return EvaluationJson.of(evaluations.writeSummary(id, form.version(), form.summary()));
    }

    @POST
    @Path("evaluations/{id}/progress")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move the evaluation to {status, version}: FRAMING, DATA_COLLECTION, ANALYSIS, REPORTED, "
            + "FOLLOW_UP, one step at a time and forward only (409 otherwise) (POLE)")
    @RolesAllowed(Roles.POLE)
    public EvaluationJson advance(@PathParam("id") long id,
            @NotNull(message = "{request.body.required}") @Valid ProgressForm form) {
        return EvaluationJson.of(evaluations.advance(id, form.version(), form.status()));
    }

    @PUT
    @Path("evaluations/{id}/steering-committee")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Appoint the steering committee {accountIds, version}: its members read the interviews and "
            + "quotes (POLE)")
    @RolesAllowed(Roles.POLE)
    public EvaluationJson steeringCommittee(@PathParam("id") long id,
            @NotNull(message = "{request.body.required}") @Valid SteeringCommitteeForm form) {
        return EvaluationJson.of(evaluations.steeringCommittee(id, form.version(), form.accountIds()));
    }

    @POST
    @Path("evaluations/{id}/report-publication")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish the evaluation's report for anyone to read {version}: once REPORTED or FOLLOW_UP, "
            + "409 before (POLE)")
    @RolesAllowed(Roles.POLE)
    public EvaluationJson publishReport(@PathParam("id") long id,
            VersionForm form) {
        return EvaluationJson.of(evaluations.publishReport(id, VersionForm.of(form)));
    }
}
