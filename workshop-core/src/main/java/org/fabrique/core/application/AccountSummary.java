package org.fabrique.core.application;

import org.fabrique.core.domain.PersonCategory;
import org.fabrique.core.domain.Role;

/**
 * One account in the accounts list, with what the caller may do with it: disable it (an enabled account not their
 * own), change its role (not their own).
 */
public record AccountSummary(long id, String username, String displayName, String email, PersonCategory category,
        Role role, Long directorateId, String directorateName, boolean enabled, long version, boolean mayDisable,
        boolean mayChangeRole) {
}
