package org.fabrique.evaluation.domain;

/** An open recommendation with an owner directorate and a due date, with its evaluation's title. */
public record FollowUpDue(EvaluationRecommendation recommendation, String evaluationTitle) {
}
