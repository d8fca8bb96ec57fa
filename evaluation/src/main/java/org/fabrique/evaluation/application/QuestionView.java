package org.fabrique.evaluation.application;

import java.util.List;
import org.fabrique.evaluation.domain.Criterion;
import org.fabrique.evaluation.domain.EvaluativeQuestion;

/** An evaluative question, its criteria and its finding (null until written). */
public record QuestionView(long id, long evaluationId, int rank, String text, List<Criterion> criteria, String finding,
        long version) {
    static QuestionView of(EvaluativeQuestion q) {
        return new QuestionView(q.getId(), q.getEvaluationId(), q.getRank(), q.getText(),
                q.getCriteria().stream().sorted().toList(), q.getFinding(), q.getVersion());
    }
}
