package org.fabrique.evaluation.domain;

import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;
import org.fabrique.core.search.SearchQuery;

/**
 * The evaluations whose text every account reads matches a search: title, object and summary. Interviews
 * and quotes, read only by the pôle and the steering committee, are never searched.
 */
public interface EvaluationSearchRepository {

    Page<Evaluation> evaluations(SearchQuery query, PageRequest request);
}
