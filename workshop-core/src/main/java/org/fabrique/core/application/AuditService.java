package org.fabrique.core.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.fabrique.core.domain.AuditEvent;
import org.fabrique.core.domain.AuditFilter;
import org.fabrique.core.domain.AuditRepository;
import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;

/** The pôle reads the audit events, newest first, filtered by type, username and period. */
@Stateless
@RolesAllowed(Roles.POLE)
public class AuditService {

    @Inject
    AuditRepository events;

    public Page<AuditEvent> events(AuditFilter filter, PageRequest request) {
        return events.page(filter, request);
    }
}
