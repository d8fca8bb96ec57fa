package org.fabrique.evaluation.domain;

import java.util.Set;

/**
 * Which evaluations to list; every criterion left null lets all through.
 *
 * @param programmeYear only those of this year's programme
 * @param status only those at this step
 * @param type only those of this type
 * @param policyId only those evaluating this public policy
 * @param text found in the title or the object's description, whatever the case
 */
public record EvaluationFilter(Integer programmeYear, EvaluationStatus status, EvaluationType type, Long policyId,
        String text) {

    /** The fields a list of evaluations sorts by, then by the latest programme and title. */
    public static final Set<String> SORT_FIELDS = Set.of("title", "programmeYear", "status", "start");

    public EvaluationFilter {
        text = text == null || text.isBlank() ? null : text.strip();
    }

    /** One year's evaluations, or every year's when null. */
    public static EvaluationFilter ofYear(Integer programmeYear) {
        return new EvaluationFilter(programmeYear, null, null, null, null);
    }

    /** Whether a criterion narrows the list. */
    public boolean narrows() {
        return programmeYear != null || status != null || type != null || policyId != null || text != null;
    }
}
