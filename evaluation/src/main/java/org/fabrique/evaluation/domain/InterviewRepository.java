package org.fabrique.evaluation.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;

/** Where interviews and their quotes are kept. */
public interface InterviewRepository {

    Optional<Interview> findById(long id);

    /** An evaluation's interviews by date. */
    List<Interview> ofEvaluation(long evaluationId);

    Interview store(Interview interview);

    Optional<Quote> findQuote(long id);

    /**
     * One page of an evaluation's quotes, by interview date then id, those tagged with {@code theme} only
     * when it is given; interview, themes and questions loaded, in a bounded number of statements.
     */
    Page<Quote> quotes(long evaluationId, String theme, PageRequest request);

    /** How many quotes of an evaluation carry each theme, by theme. */
    Map<String, Long> themeCounts(long evaluationId);

    Quote store(Quote quote);
}
