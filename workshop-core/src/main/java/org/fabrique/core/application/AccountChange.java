package org.fabrique.core.application;

import org.fabrique.core.domain.PersonCategory;
import org.fabrique.core.domain.Role;

/** What the pôle corrects on an account: its person's name, mail address and category, its role and directorate. */
public record AccountChange(String displayName, String email, PersonCategory category, Role role, Long directorateId) {
}
