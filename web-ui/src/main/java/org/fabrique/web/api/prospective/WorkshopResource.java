package org.fabrique.web.api.prospective;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fabrique.core.application.Roles;
import org.fabrique.prospective.application.ParticipantView;
import org.fabrique.prospective.application.SessionRecordService;
import org.fabrique.prospective.application.SynthesisView;
import org.fabrique.prospective.application.WorkshopService;
import org.fabrique.prospective.application.WorkshopSetupService;
import org.fabrique.prospective.application.WorkshopView;
import org.fabrique.prospective.domain.AttendanceRate;
import org.fabrique.prospective.domain.ParticipantCategory;
import org.fabrique.prospective.domain.Workshop;
import org.fabrique.prospective.domain.WorkshopFilter;
import org.fabrique.prospective.domain.WorkshopKind;
import org.fabrique.prospective.domain.WorkshopStatus;
import org.fabrique.web.api.PageView;
import org.fabrique.web.api.Paging;
import org.fabrique.web.api.QueryParameters;
import org.fabrique.web.api.Sorting;
import org.fabrique.web.api.VersionForm;

/**
 * The workshops: their list for any account; their closed group and attendance for their members and
 * the pôle only (403 for anyone else); the pôle opens them, seats their members and moves them along;
 * each member acknowledges the charter. Their sessions are {@link WorkshopSessionResource}'s.
 */
@Path("/workshops")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Prospective workshops")
public class WorkshopResource {

    @Inject
    WorkshopService workshops;

    @Inject
    WorkshopSetupService setup;

    @Inject
    SessionRecordService sessions;


    public record SeatForm(@NotNull(message = "{prospective.person.required}") Long personId,
            @NotNull(message = "{prospective.category.required}") ParticipantCategory category, Long version) {
    }

    public record SynthesisForm(@Size(max = Workshop.SYNTHESIS_MAX_LENGTH, message = "{prospective.synthesis.size}") String text,
            Boolean publish, Long version) {
    }

    @GET
    @Operation(summary = "The workshops by cycle and title; filters cycleId=, status=PREPARATION|EXPLORATORY|RESOURCE|"
            + "SCENARIO|ADOPTED|ACTION_PLAN|CLOSED, kind=PUBLIC_POLICY|MAJOR_ISSUE, policyId=, q= (in the title); sort= title,"
            + " status (the method's order), start, cycle (- for descending) (any account: their existence is not"
            + " confidential)")
    public PageView<WorkshopView> list(@QueryParam("cycleId") String cycleId, @QueryParam("status") String status,
            @QueryParam("kind") String kind, @QueryParam("policyId") String policyId, @QueryParam("q") String text,
            @QueryParam("sort") String sort, @QueryParam("page") String page, @QueryParam("size") String size) {
        WorkshopFilter filter = new WorkshopFilter(QueryParameters.optionalId("cycleId", cycleId),
                QueryParameters.optionalEnum("status", status, WorkshopStatus.class),
                QueryParameters.optionalEnum("kind", kind, WorkshopKind.class),
                QueryParameters.optionalId("policyId", policyId), QueryParameters.optionalText("q", text));
        return PageView.of(workshops.page(filter, Sorting.of(sort, WorkshopFilter.SORT_FIELDS), Paging.of(page, size)));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One workshop (any account)")
    public WorkshopView get(@PathParam("id") long id) {
        return workshops.find(id);
    }

    @GET
    @Path("{id}/participants")
    @Operation(summary = "Its closed group: personId, displayName, category (members and POLE only)")
    public List<ParticipantView> participants(@PathParam("id") long id) {
        return workshops.participants(id);
    }

    @GET
    @Path("{id}/attendance")
    @Operation(summary = "Each member's attendance over the workshop: present, excused, absent, rate (members and POLE only)")
    public List<AttendanceRate> attendance(@PathParam("id") long id) {
        return sessions.attendanceRates(id);
    }

    @GET
    @Path("{id}/synthesis")
    @Operation(summary = "Its synthesis note for outside readers: anyone once published; members and POLE before")
    public SynthesisView synthesis(@PathParam("id") long id) {
        return workshops.synthesis(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "Created; its address in Location",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WorkshopView.class)))
    @Operation(summary = "Open a workshop in a cycle, its president its first member: status PREPARATION (POLE)")
    @RolesAllowed(Roles.POLE)
    public Response open(@NotNull(message = "{request.body.required}") @Valid WorkshopForm form, @Context UriInfo uri) {
        WorkshopView created = setup.open(form.toService());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @POST
    @Path("{id}/participants")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Seat a person in the closed group with a category; send the workshop's version (POLE)")
    @RolesAllowed(Roles.POLE)
    public WorkshopView seat(@PathParam("id") long id, @NotNull(message = "{request.body.required}") @Valid SeatForm form) {
        return setup.seat(id, form.version(), form.personId(), form.category());
    }

    @DELETE
    @Path("{id}/participants/{personId}")
    @Operation(summary = "Take a member out of the group, the president excepted (POLE)")
    public WorkshopView unseat(@PathParam("id") long id, @PathParam("personId") long personId) {
        return setup.unseat(id, null, personId);
    }

    @POST
    @Path("{id}/charter")
    @Operation(summary = "The caller, a member, acknowledges the charter's seven principles (members)")
    public WorkshopView acknowledgeCharter(@PathParam("id") long id) {
        return setup.acknowledgeCharter(id);
    }

    @POST
    @Path("{id}/progress")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move the workshop to the next step of the method; send its version (POLE)")
    @RolesAllowed(Roles.POLE)
    public WorkshopView advance(@PathParam("id") long id, VersionForm form) {
        return setup.advance(id, VersionForm.of(form));
    }

    @PUT
    @Path("{id}/synthesis")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write the synthesis note, and publish it with publish=true; send the workshop's version (POLE)")
    @RolesAllowed(Roles.POLE)
    public WorkshopView writeSynthesis(@PathParam("id") long id,
            @NotNull(message = "{request.body.required}") @Valid SynthesisForm form) {
        return setup.writeSynthesis(id, form.version(), form.text(), Boolean.TRUE.equals(form.publish()));
    }
}
