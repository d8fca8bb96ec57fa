package org.fabrique.dialogue.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.fabrique.core.application.AccountService;
import org.fabrique.core.application.Caller;
import org.fabrique.core.application.Roles;
import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;
import org.fabrique.core.domain.Role;
import org.fabrique.core.search.SearchHit;
import org.fabrique.core.search.SearchKind;
import org.fabrique.core.search.SearchQuery;
import org.fabrique.dialogue.domain.DialogueSearchRepository;

/**
 * Searches the citizen dialogue for the roles that read it: programmes, candidates and recommendations. As
 * on their pages, a directorate finds only its own candidates and recommendations.
 */
@Stateless
@RolesAllowed({Roles.POLE, Roles.DIRECTORATE, Roles.ELECTED})
public class DialogueSearchService {

    @Inject
    DialogueSearchRepository search;

    @Inject
    AccountService accounts;

    public Page<SearchHit> programmes(SearchQuery query, PageRequest request) {
        return search.programmes(query, request).map(p -> SearchHit.of(SearchKind.PROGRAMME, p.getId(), p.getId(),
                "Programme " + p.getYear(), query, String.valueOf(p.getYear()), p.getValidationJustification()));
    }

    public Page<SearchHit> candidates(SearchQuery query, PageRequest request) {
        return search.candidates(query, ownDirectorate(), request).map(c -> SearchHit.of(SearchKind.CANDIDATE,
                c.getId(), c.getId(), c.getTitle(), query, c.getSummary(), c.getStakes(), c.getLevers(), c.getTitle()));
    }

    public Page<SearchHit> recommendations(SearchQuery query, PageRequest request) {
        return search.recommendations(query, ownDirectorate(), request).map(r -> SearchHit.of(
                SearchKind.RECOMMENDATION, r.getId(), r.getProject().getId(), r.getText(), query,
                r.getAnswer() == null ? null : r.getAnswer().text()));
    }

    private Long ownDirectorate() {
        Caller caller = accounts.me();
        return caller.role() == Role.DIRECTORATE ? caller.directorateId() : null;
    }
}
