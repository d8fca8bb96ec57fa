package org.fabrique.evaluation.domain;

import java.util.List;
import java.util.Optional;

/** Where the evaluative questions and their findings are kept. */
public interface QuestionRepository {

    Optional<EvaluativeQuestion> findById(long id);

    /** An evaluation's questions by rank, criteria loaded, in one statement. */
    List<EvaluativeQuestion> ofEvaluation(long evaluationId);

    /** The highest rank among an evaluation's questions, 0 without any. */
    int lastRank(long evaluationId);

    EvaluativeQuestion store(EvaluativeQuestion question);
}
