package org.fabrique.web.api.core;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fabrique.core.application.AuditService;
import org.fabrique.core.application.CityClock;
import org.fabrique.core.domain.AuditEvent;
import org.fabrique.core.domain.AuditFilter;
import org.fabrique.core.domain.AuditType;
import org.fabrique.web.api.InvalidQuery;
import org.fabrique.web.api.PageView;
import org.fabrique.web.api.Paging;
import org.fabrique.web.api.Problem;

/** The audit events, for the pôle (api.md): newest first, by type, username and period. */
@Path("/audit-events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Core")
public class AuditEventResource {

    /** One event: never a password nor a confidential text. */
    public record AuditEventJson(long id, Instant at, AuditType type, String username, String address, String target,
            String detail) {
        static AuditEventJson of(AuditEvent e) {
            return new AuditEventJson(e.getId(), e.getAt(), e.getType(), e.getUsername(), e.getAddress(),
                    e.getTarget(), e.getDetail());
        }
    }

    @Inject
    AuditService audit;

    @GET
    @Operation(summary = "Audit events, newest first (POLE); from and to are dates (Paris) or instants, to excluded")
    public PageView<AuditEventJson> list(@QueryParam("type") String type, @QueryParam("username") String username,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        AuditFilter filter = filter(type, username, from, to);
        return PageView.of(audit.events(filter, Paging.of(page, size)), AuditEventJson::of);
    }

    static AuditFilter filter(String type, String username, String from, String to) {
        AuditType kind = null;
        if (type != null && !type.isBlank()) {
            try {
                kind = AuditType.valueOf(type.strip());
            } catch (IllegalArgumentException e) {
                throw invalid("type", "type must be one of " + Arrays.toString(AuditType.values()) + ".");
            }
        }
        Instant start = instant("from", from);
        Instant end = instant("to", to);
        if (start != null && end != null && end.isBefore(start)) {
            throw invalid("to", "to must not be before from.");
        }
        return new AuditFilter(kind, username, start, end);
    }

    /** A date (the start of that day in Paris) or an instant. */
    private static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (value.length() == 10) {
                LocalDate date = LocalDate.parse(value);
                if (date.getYear() < 1900 || date.getYear() > 2200) {
                    throw invalid(name, name + " must be between 1900 and 2200.");
                }
                return date.atStartOfDay(CityClock.ZONE).toInstant();
            }
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw invalid(name, name + " must be a date (2026-12-03) or an instant (2026-12-03T10:00:00Z).");
        }
    }

    private static InvalidQuery invalid(String field, String message) {
        return new InvalidQuery(List.of(new Problem.FieldError(field, message)));
    }
}
