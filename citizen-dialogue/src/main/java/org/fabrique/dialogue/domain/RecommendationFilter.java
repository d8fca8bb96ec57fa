package org.fabrique.dialogue.domain;

import java.time.LocalDate;
import java.util.Set;

/**
 * Which recommendations to list; every criterion left null lets all through.
 *
 * @param programmeId only those of this programme's dialogue projects
 * @param projectId only those of this dialogue project
 * @param directorateId only those this directorate must answer
 * @param overdue true: only the overdue ones (awaiting an answer past their due date); false: only the others
 * @param dueSoon true: only those awaiting an answer that fall due within {@link #DUE_SOON_DAYS} days from
 *                today (today included, overdue ones excluded); false: only the others
 * @param status only those with this status (an interim answer leaves a recommendation awaiting its answer)
 * @param published true: only those whose answer is public; false: only the others
 * @param text found in the recommendation's text or its project's title, whatever the case
 * @param dueFrom only those due on or after this day
 * @param dueTo only those due on or before this day
 */
public record RecommendationFilter(Long programmeId, Long projectId, Long directorateId, Boolean overdue,
        Boolean dueSoon, RecommendationStatus status, Boolean published, String text, LocalDate dueFrom,
        LocalDate dueTo) {

    /** How far ahead "due soon" looks: a month to prepare an answer. */
    public static final int DUE_SOON_DAYS = 30;

    /** The fields a list of recommendations sorts by, then by due date. */
    public static final Set<String> SORT_FIELDS = Set.of("dueDate", "recordedOn", "text", "project");

    public RecommendationFilter {
        text = text == null || text.isBlank() ? null : text.strip();
    }

    /** By programme, project, directorate and lateness only. */
    public RecommendationFilter(Long programmeId, Long projectId, Long directorateId, Boolean overdue, Boolean dueSoon) {
        this(programmeId, projectId, directorateId, overdue, dueSoon, null, null, null, null, null);
    }

    /** By programme, directorate and lateness only. */
    public RecommendationFilter(Long programmeId, Long directorateId, Boolean overdue) {
        this(programmeId, null, directorateId, overdue, null);
    }

    /** No criterion: every recommendation. */
    public static RecommendationFilter all() {
        return new RecommendationFilter(null, null, null);
    }

    /** The same criteria, for this directorate only. */
    public RecommendationFilter ofDirectorate(Long directorate) {
        return new RecommendationFilter(programmeId, projectId, directorate, overdue, dueSoon, status, published, text, dueFrom,
                dueTo);
    }

    /** The same criteria, with this lateness. */
    public RecommendationFilter withLateness(Boolean late, Boolean soon) {
        return new RecommendationFilter(programmeId, projectId, directorateId, late, soon, status, published, text, dueFrom,
                dueTo);
    }
}
