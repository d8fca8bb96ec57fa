package org.fabrique.web.api.prospective;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fabrique.prospective.application.Views.MinutesView;
import org.fabrique.prospective.application.Views.ParticipantView;
import org.fabrique.prospective.application.Views.SessionView;
import org.fabrique.prospective.application.Views.WorkshopView;
import org.fabrique.prospective.application.WorkshopService;
import org.fabrique.prospective.domain.Presence;
import org.fabrique.web.api.PageView;
import org.fabrique.web.api.Paging;
import org.fabrique.web.api.QueryParameters;

/**
 * The workshops: their list for any account, their closed group, sessions and minutes for their
 * members and the pôle only (403 for anyone else).
 */
@Path("/workshops")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Prospective workshops")
public class WorkshopResource {

    /** An entry of a session's attendance register. */
    public record AttendanceEntry(long personId, Presence presence) {
    }

    /** A session as api.md lists it: {@code id, sequence, date, attendance}, and its length and agenda. */
    public record SessionEntry(long id, String sequence, String date, String length, String agenda,
            List<AttendanceEntry> attendance, boolean hasMinutes, long version) {
        static SessionEntry of(SessionView s) {
            return new SessionEntry(s.id(), s.sequence().name(), s.date().toString(), s.length().name(), s.agenda(),
                    s.attendance().entrySet().stream()
                            .map(e -> new AttendanceEntry(e.getKey(), e.getValue()))
                            .sorted(java.util.Comparator.comparingLong(AttendanceEntry::personId))
                            .collect(Collectors.toList()),
                    s.hasMinutes(), s.version());
        }
    }

    @Inject
    WorkshopService workshops;

    @GET
    @Operation(summary = "The workshops, of one cycle with ?cycleId= (any account: their existence is not confidential)")
    public PageView<WorkshopView> list(@QueryParam("cycleId") String cycleId, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return PageView.of(workshops.page(QueryParameters.optionalId("cycleId", cycleId), Paging.of(page, size)));
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
    @Path("{id}/sessions")
    @Operation(summary = "Its sessions with their attendance register (members and POLE only)")
    public List<SessionEntry> sessions(@PathParam("id") long id) {
        return workshops.sessions(id).stream().map(SessionEntry::of).toList();
    }

    @GET
    @Path("{id}/sessions/{sessionId}/minutes")
    @Operation(summary = "A session's confidential minutes (members and POLE only; anyone else 403)")
    public MinutesView minutes(@PathParam("id") long id, @PathParam("sessionId") long sessionId) {
        return workshops.minutes(id, sessionId);
    }
}
