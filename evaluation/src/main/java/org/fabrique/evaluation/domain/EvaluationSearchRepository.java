package org.fabrique.evaluation.domain;

import java.util.Collection;
import java.util.List;
import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;
import org.fabrique.core.search.SearchQuery;

/**
 * The evaluations whose text every account reads matches a search: title, object and summary, or the text
 * and finding of one of their evaluative questions. Interviews and quotes, read only by the pôle and the
 * steering committee, are never searched.
 */
public interface EvaluationSearchRepository {

    Page<Evaluation> evaluations(SearchQuery query, PageRequest request);

    /** The questions of these evaluations whose text or finding matches, by evaluation and rank, in one statement. */
    List<EvaluativeQuestion> matchingQuestions(SearchQuery query, Collection<Long> evaluationIds);
}
