package org.fabrique.core.application;

import org.fabrique.core.domain.Role;

/** The signed-in account, as the interfaces need it. {@code directorateId} is null but for DIRECTORATE. */
public record Caller(long accountId, String username, String displayName, Role role, Long personId,
        Long directorateId, String directorateName, String language) {
}
