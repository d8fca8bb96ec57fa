package org.fabrique.web.api.prospective;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fabrique.core.application.Roles;
import org.fabrique.prospective.application.MinutesView;
import org.fabrique.prospective.application.SessionRecordService;
import org.fabrique.prospective.application.WorkshopService;
import org.fabrique.prospective.application.WorkshopSessionView;
import org.fabrique.prospective.domain.Presence;
import org.fabrique.prospective.domain.Sequence;
import org.fabrique.prospective.domain.SessionLength;
import org.fabrique.prospective.domain.WorkshopSession;

/** A workshop's sessions, their attendance register and their confidential minutes. */
@Path("/workshops/{id}/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Prospective workshops")
public class WorkshopSessionResource {

    /** An entry of a session's attendance register. */
    public record AttendanceEntry(@NotNull(message = "{prospective.person.required}") Long personId,
            @NotNull(message = "{prospective.presence.required}") Presence presence) {
    }

    /** A session as api.md lists it: {@code id, sequence, date, attendance}, with its length and agenda. */
    public record SessionEntry(long id, Sequence sequence, LocalDate date, SessionLength length, String agenda,
            List<AttendanceEntry> attendance, boolean hasMinutes, long version) {
        static SessionEntry of(WorkshopSessionView s) {
            return new SessionEntry(s.id(), s.sequence(), s.date(), s.length(), s.agenda(),
                    s.attendance().entrySet().stream()
                            .map(e -> new AttendanceEntry(e.getKey(), e.getValue()))
                            .sorted(Comparator.comparingLong(AttendanceEntry::personId))
                            .toList(),
                    s.hasMinutes(), s.version());
        }
    }

    public record ConveneForm(@NotNull(message = "{prospective.sequence.required}") Sequence sequence,
            @NotNull(message = "{prospective.date.required}") LocalDate date,
            @NotNull(message = "{prospective.length.required}") SessionLength length,
            @Size(max = WorkshopSession.AGENDA_MAX_LENGTH, message = "{dialogue.text.size}") String agenda) {
    }

    public record RegisterForm(@NotNull(message = "{prospective.attendance.required}") List<@Valid AttendanceEntry> attendance,
            Long version) {
    }

    public record MinutesForm(@Size(max = WorkshopSession.MINUTES_MAX_LENGTH, message = "{prospective.minutes.size}") String minutes,
            Long version) {
    }

    @Inject
    WorkshopService workshops;

    @Inject
    SessionRecordService sessions;

    @GET
    @Operation(summary = "Its sessions by date with their attendance register (members and POLE only)")
    public List<SessionEntry> list(@PathParam("id") long id) {
        return workshops.sessions(id).stream().map(SessionEntry::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "Created; its address in Location",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionEntry.class)))
    @Operation(summary = "Convene a session of a sequence (POLE)")
    @RolesAllowed(Roles.POLE)
    public Response convene(@PathParam("id") long id, @NotNull(message = "{request.body.required}") @Valid ConveneForm form,
            @Context UriInfo uri) {
        WorkshopSessionView created = sessions.convene(id, form.sequence(), form.date(), form.length(), form.agenda());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(SessionEntry.of(created)).build();
    }

    @PUT
    @Path("{sessionId}/attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Take the attendance register: PRESENT, EXCUSED or ABSENT per member; send the session's version (POLE)")
    @RolesAllowed(Roles.POLE)
    public SessionEntry register(@PathParam("id") long id, @PathParam("sessionId") long sessionId,
            @NotNull(message = "{request.body.required}") @Valid RegisterForm form) {
        Map<Long, Presence> presences = new LinkedHashMap<>();
        form.attendance().forEach(e -> presences.put(e.personId(), e.presence()));
        return SessionEntry.of(sessions.register(id, sessionId, form.version(), presences));
    }

    @GET
    @Path("{sessionId}/minutes")
    @Operation(summary = "A session's confidential minutes (members and POLE only; anyone else 403)")
    public MinutesView minutes(@PathParam("id") long id, @PathParam("sessionId") long sessionId) {
        return workshops.minutes(id, sessionId);
    }

    @PUT
    @Path("{sessionId}/minutes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write a session's minutes; send the session's version (POLE)")
    @RolesAllowed(Roles.POLE)
    public SessionEntry writeMinutes(@PathParam("id") long id, @PathParam("sessionId") long sessionId,
            @NotNull(message = "{request.body.required}") @Valid MinutesForm form) {
        return SessionEntry.of(sessions.writeMinutes(id, sessionId, form.version(), form.minutes()));
    }
}
