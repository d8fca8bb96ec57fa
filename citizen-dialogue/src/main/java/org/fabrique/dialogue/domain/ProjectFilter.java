package org.fabrique.dialogue.domain;

import java.util.Set;
import org.fabrique.core.domain.TerritorialScale;

/**
 * Which dialogue projects of a programme to list; every criterion left null lets all through.
 *
 * @param directorateId only those this directorate carries
 * @param policyId only those of this public policy
 * @param scale only those at this territorial scale
 * @param neighbourhoodId only those in this neighbourhood
 * @param text found in the title or the summary, whatever the case
 */
public record ProjectFilter(Long directorateId, Long policyId, TerritorialScale scale, Long neighbourhoodId,
        String text) {

    /** The fields a list of projects sorts by, then by title. */
    public static final Set<String> SORT_FIELDS = Set.of("title", "scale");

    public ProjectFilter {
        text = text == null || text.isBlank() ? null : text.strip();
    }

    /** No criterion: every project of the programme. */
    public static ProjectFilter all() {
        return new ProjectFilter(null, null, null, null, null);
    }

    /** Whether a criterion narrows the list. */
    public boolean narrows() {
        return directorateId != null || policyId != null || scale != null || neighbourhoodId != null || text != null;
    }
}
