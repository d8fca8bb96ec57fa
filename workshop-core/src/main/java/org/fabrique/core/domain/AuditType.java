package org.fabrique.core.domain;

/** What an audit event records (api.md, {@code GET /api/audit-events}). */
public enum AuditType {
    LOGIN_SUCCEEDED,
    LOGIN_FAILED,
    LOGIN_THROTTLED,
    LOGOUT,
    ACCESS_DENIED,
    EXPORT,
    CONFIDENTIAL_READ,
    TOKEN_CREATED,
    TOKEN_REVOKED,
    ACCOUNT_CHANGED,
    BACKUP
}
