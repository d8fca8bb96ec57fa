package org.fabrique.evaluation.application;

import org.fabrique.evaluation.domain.EvaluationProgramme;

public record EvaluationProgrammeView(long id, int year, String title) {
    static EvaluationProgrammeView of(EvaluationProgramme p) {
        return new EvaluationProgrammeView(p.getId(), p.getYear(), p.getTitle());
    }
}
