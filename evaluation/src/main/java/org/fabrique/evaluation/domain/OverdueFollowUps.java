package org.fabrique.evaluation.domain;

import java.time.LocalDate;

/** Of one evaluation, how many recommendations are overdue for follow-up, and the earliest of their due dates. */
public record OverdueFollowUps(long evaluationId, String evaluationTitle, long count, LocalDate earliestDue) {
}
