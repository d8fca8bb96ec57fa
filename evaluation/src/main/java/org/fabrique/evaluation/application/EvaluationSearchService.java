package org.fabrique.evaluation.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.fabrique.core.application.Roles;
import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;
import org.fabrique.core.search.SearchHit;
import org.fabrique.core.search.SearchKind;
import org.fabrique.core.search.SearchQuery;
import org.fabrique.evaluation.domain.EvaluationSearchRepository;

/**
 * Searches the evaluations for any account, in what every account reads of them (title, object, summary);
 * interviews and quotes, restricted by {@link EvaluationAccess}, are never searched.
 */
@Stateless
@RolesAllowed({Roles.POLE, Roles.DIRECTORATE, Roles.ELECTED, Roles.PARTICIPANT})
public class EvaluationSearchService {

    @Inject
    EvaluationSearchRepository search;

    public Page<SearchHit> evaluations(SearchQuery query, PageRequest request) {
        return search.evaluations(query, request).map(e -> SearchHit.of(SearchKind.EVALUATION, e.getId(), e.getId(),
                e.getTitle(), query, e.getSummary(), e.getObjectDescription(), e.getTitle()));
    }
}
