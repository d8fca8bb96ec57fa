package org.fabrique.dialogue.domain;

/**
 * Which recommendations to list; every criterion left null lets all through.
 *
 * @param programmeId only those of this programme's dialogue projects
 * @param projectId only those of this dialogue project
 * @param directorateId only those this directorate must answer
 * @param overdue true: only the overdue ones (awaiting an answer past their due date); false: only the others
 * @param dueSoon true: only those awaiting an answer that fall due within {@link #DUE_SOON_DAYS} days from
 *                today (today included, overdue ones excluded); false: only the others
 */
public record RecommendationFilter(Long programmeId, Long projectId, Long directorateId, Boolean overdue,
        Boolean dueSoon) {

    /** How far ahead "due soon" looks: a month to prepare an answer. */
    public static final int DUE_SOON_DAYS = 30;

    /** By programme, directorate and lateness only. */
    public RecommendationFilter(Long programmeId, Long directorateId, Boolean overdue) {
        this(programmeId, null, directorateId, overdue, null);
    }

    /** No criterion: every recommendation. */
    public static RecommendationFilter all() {
        return new RecommendationFilter(null, null, null);
    }
}
