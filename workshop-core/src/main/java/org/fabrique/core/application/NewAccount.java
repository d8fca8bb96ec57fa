package org.fabrique.core.application;

import org.fabrique.core.domain.PersonCategory;
import org.fabrique.core.domain.Role;

/** What the pôle types to open an account for a person. */
public record NewAccount(String username, char[] password, String displayName, String email,
        PersonCategory category, Role role, Long directorateId) {
}
