package org.fabrique.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import org.fabrique.core.application.AuditService;
import org.fabrique.core.application.CityClock;
import org.fabrique.core.domain.AuditEvent;
import org.fabrique.core.domain.AuditFilter;
import org.fabrique.core.domain.AuditType;
import org.fabrique.web.faces.Messages;
import org.fabrique.web.faces.PagedModel;

/**
 * audit.xhtml: the pôle reads the audit events, newest first, paged in the database. The filters (type,
 * username, from and to, days in Paris, both included) are in the address: a filtered view can be
 * bookmarked and shared.
 */
@Named
@ViewScoped
public class AuditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditService audit;

    @Inject
    Messages messages;

    private AuditType type;
    private String username;
    private LocalDate from;
    private LocalDate to;
    private PagedModel<AuditEvent> model;

    public void load() {
        if (outOfRange(from) || outOfRange(to)) {
            messages.error("audit.period.range");
            from = null;
            to = null;
        } else if (from != null && to != null && to.isBefore(from)) {
            messages.error("audit.period.order");
            to = null;
        }
        AuditFilter filter = new AuditFilter(type, username, start(from), to == null ? null : start(to.plusDays(1)));
        model = new PagedModel<>(request -> audit.events(filter, request), AuditEvent::getId);
    }

    private static boolean outOfRange(LocalDate day) {
        return day != null && (day.getYear() < 1900 || day.getYear() > 2200);
    }

    private static Instant start(LocalDate day) {
        return day == null ? null : day.atStartOfDay(CityClock.ZONE).toInstant();
    }

    public String at(Instant instant) {
        return messages.dateTime(instant);
    }

    public AuditType[] getTypes() {
        return AuditType.values();
    }

    public PagedModel<AuditEvent> getModel() {
        return model;
    }

    public AuditType getType() {
        return type;
    }

    public void setType(AuditType type) {
        this.type = type;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
