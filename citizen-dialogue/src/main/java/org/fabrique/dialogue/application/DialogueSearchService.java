package org.fabrique.dialogue.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.fabrique.core.application.AccountService;
import org.fabrique.core.application.Caller;
import org.fabrique.core.application.Roles;
import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;
import org.fabrique.core.domain.Role;
import org.fabrique.core.search.RecordSearch;
import org.fabrique.core.search.SearchHit;
import org.fabrique.core.search.SearchKind;
import org.fabrique.core.search.SearchQuery;
import org.fabrique.dialogue.domain.DialogueSearchRepository;

/**
 * Searches the citizen dialogue for the roles that read it: programmes, candidates and recommendations. As
 * on their pages, a directorate finds only its own candidates and recommendations; a participant, who does
 * not read the dialogue, finds none of them.
 */
@Stateless
@RolesAllowed({Roles.POLE, Roles.DIRECTORATE, Roles.ELECTED, Roles.PARTICIPANT})
public class DialogueSearchService implements RecordSearch {

    public static final SearchKind PROGRAMME = new SearchKind("PROGRAMME", 10, "/dialogue/programme.xhtml");
    public static final SearchKind CANDIDATE = new SearchKind("CANDIDATE", 20, "/dialogue/candidate.xhtml");
    /** A recommendation is read on its dialogue project's page. */
    public static final SearchKind RECOMMENDATION = new SearchKind("RECOMMENDATION", 30, "/dialogue/project.xhtml");

    @Inject
    DialogueSearchRepository search;

    @Inject
    AccountService accounts;

    @Override
    public List<SearchKind> kinds() {
        return List.of(PROGRAMME, CANDIDATE, RECOMMENDATION);
    }

    @Override
    public Page<SearchHit> find(SearchKind kind, SearchQuery query, PageRequest request) {
        Caller caller = accounts.me();
        if (caller.role() == Role.PARTICIPANT || !kinds().contains(kind)) {
            return Page.of(List.of(), request, 0);
        }
        Long ownDirectorate = caller.role() == Role.DIRECTORATE ? caller.directorateId() : null;
        if (kind.equals(PROGRAMME)) {
            return programmes(query, request);
        }
        return kind.equals(CANDIDATE) ? candidates(query, ownDirectorate, request)
                : recommendations(query, ownDirectorate, request);
    }

    private Page<SearchHit> programmes(SearchQuery query, PageRequest request) {
        return search.programmes(query, request).map(p -> SearchHit.of(PROGRAMME, p.getId(), p.getId(),
                "Programme " + p.getYear(), query, String.valueOf(p.getYear()), p.getValidationJustification()));
    }

    private Page<SearchHit> candidates(SearchQuery query, Long ownDirectorate, PageRequest request) {
        return search.candidates(query, ownDirectorate, request).map(c -> SearchHit.of(CANDIDATE,
                c.getId(), c.getId(), c.getTitle(), query, c.getSummary(), c.getStakes(), c.getLevers(), c.getTitle()));
    }

    private Page<SearchHit> recommendations(SearchQuery query, Long ownDirectorate, PageRequest request) {
        return search.recommendations(query, ownDirectorate, request).map(r -> SearchHit.of(RECOMMENDATION, r.getId(),
                r.getProject().getId(), r.getText(), query, r.getAnswer() == null ? null : r.getAnswer().text()));
    }
}
