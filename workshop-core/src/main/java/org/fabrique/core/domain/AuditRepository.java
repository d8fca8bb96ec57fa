package org.fabrique.core.domain;

/** Where audit events are kept. */
public interface AuditRepository {

    AuditEvent add(AuditEvent event);

    /** The events the filter keeps, newest first. */
    Page<AuditEvent> page(AuditFilter filter, PageRequest request);
}
