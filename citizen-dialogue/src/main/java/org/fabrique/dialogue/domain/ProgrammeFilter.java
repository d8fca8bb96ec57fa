package org.fabrique.dialogue.domain;

import java.util.Set;

/**
 * Which programmes to list; a criterion left null lets all through.
 *
 * @param status only the programmes at this step
 */
public record ProgrammeFilter(ProgrammeStatus status) {

    /** The fields a list of programmes sorts by, then by year, the latest first. */
    public static final Set<String> SORT_FIELDS = Set.of("year", "status");

    /** No criterion: every programme. */
    public static ProgrammeFilter all() {
        return new ProgrammeFilter(null);
    }
}
