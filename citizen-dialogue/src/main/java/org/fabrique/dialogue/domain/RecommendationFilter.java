package org.fabrique.dialogue.domain;

/**
 * Which recommendations to list; every criterion left null lets all through.
 *
 * @param programmeId only those of this programme's dialogue projects
 * @param directorateId only those this directorate must answer
 * @param overdue true: only the overdue ones (awaiting an answer past their due date); false: only the others
 */
public record RecommendationFilter(Long programmeId, Long directorateId, Boolean overdue) {

    /** No criterion: every recommendation. */
    public static RecommendationFilter all() {
        return new RecommendationFilter(null, null, null);
    }
}
