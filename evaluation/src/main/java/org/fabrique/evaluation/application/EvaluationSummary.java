package org.fabrique.evaluation.application;

import org.fabrique.evaluation.domain.Evaluation;
import org.fabrique.evaluation.domain.EvaluationStatus;
import org.fabrique.evaluation.domain.EvaluationType;

/** An evaluation in a list. */
public record EvaluationSummary(long id, String title, EvaluationStatus status, EvaluationType type, int programmeYear) {
    static EvaluationSummary of(Evaluation e) {
        return new EvaluationSummary(e.getId(), e.getTitle(), e.getStatus(), e.getType(), e.getProgramme().getYear());
    }
}
