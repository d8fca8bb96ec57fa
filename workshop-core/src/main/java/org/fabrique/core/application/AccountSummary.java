package org.fabrique.core.application;

import org.fabrique.core.domain.PersonCategory;
import org.fabrique.core.domain.Role;

/** One account in the accounts list. */
public record AccountSummary(long id, String username, String displayName, String email, PersonCategory category,
        Role role, Long directorateId, String directorateName, boolean enabled, long version, boolean mayDisable) {
}
