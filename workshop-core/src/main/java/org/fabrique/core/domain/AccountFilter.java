package org.fabrique.core.domain;

import java.util.Set;

/**
 * Which accounts to list; a criterion left null lets all through.
 *
 * @param text found in the username, the person's name or mail address, whatever the case
 * @param role only the accounts of this role
 */
public record AccountFilter(String text, Role role) {

    /** The fields accounts sort by. */
    public static final Set<String> SORT_FIELDS = Set.of("username", "displayName", "role", "enabled");

    /** Every account. */
    public static AccountFilter all() {
        return new AccountFilter(null, null);
    }

    /** The text, trimmed, or null when blank. */
    public String text() {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
