package org.fabrique.core.domain;

import java.time.Instant;

/**
 * Which audit events to read; every part is optional: a type, a username (exact, case-insensitive), and
 * a period ({@code from} included, {@code to} excluded).
 */
public record AuditFilter(AuditType type, String username, Instant from, Instant to) {

    public static final AuditFilter ALL = new AuditFilter(null, null, null, null);

    public AuditFilter {
        username = username == null || username.isBlank() ? null : username.strip().toLowerCase(java.util.Locale.ROOT);
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("to must not be before from");
        }
    }
}
