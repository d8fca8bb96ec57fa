package org.fabrique.web.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.fabrique.core.application.AccountService;
import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;
import org.fabrique.core.domain.Role;
import org.fabrique.core.search.SearchHit;
import org.fabrique.core.search.SearchKind;
import org.fabrique.core.search.SearchQuery;
import org.fabrique.dialogue.application.DialogueSearchService;
import org.fabrique.evaluation.application.EvaluationSearchService;
import org.fabrique.prospective.application.WorkshopSearchService;

/**
 * One search over the missions: each kind of record is searched by its own mission's service, which applies
 * the visibility of its pages. The citizen dialogue is searched only for the roles that read it; for the
 * others its kinds find nothing.
 */
@ApplicationScoped
public class Search {

    /** How many records of each kind the grouped results show. */
    public static final int PER_GROUP = 5;

    @Inject
    AccountService accounts;

    @Inject
    DialogueSearchService dialogue;

    @Inject
    WorkshopSearchService workshops;

    @Inject
    EvaluationSearchService evaluations;

    /** The kinds with at least one record found, in {@link SearchKind} order, each with its first records. */
    public List<SearchGroup> grouped(SearchQuery query) {
        List<SearchGroup> groups = new ArrayList<>();
        for (SearchKind kind : SearchKind.values()) {
            Page<SearchResult> found = page(query, kind, new PageRequest(0, PER_GROUP));
            if (found.total() > 0) {
                groups.add(new SearchGroup(kind, found.total(), found.items()));
            }
        }
        return groups;
    }

    /** One page of the records of one kind found. */
    public Page<SearchResult> page(SearchQuery query, SearchKind kind, PageRequest request) {
        return hits(query, kind, request).map(SearchResult::of);
    }

    private Page<SearchHit> hits(SearchQuery query, SearchKind kind, PageRequest request) {
        if (query.isEmpty() || (isDialogue(kind) && !readsDialogue())) {
            return Page.of(List.of(), request, 0);
        }
        return switch (kind) {
            case PROGRAMME -> dialogue.programmes(query, request);
            case CANDIDATE -> dialogue.candidates(query, request);
            case RECOMMENDATION -> dialogue.recommendations(query, request);
            case WORKSHOP -> workshops.workshops(query, request);
            case EVALUATION -> evaluations.evaluations(query, request);
        };
    }

    private static boolean isDialogue(SearchKind kind) {
        return kind == SearchKind.PROGRAMME || kind == SearchKind.CANDIDATE || kind == SearchKind.RECOMMENDATION;
    }

    private boolean readsDialogue() {
        return accounts.me().role() != Role.PARTICIPANT;
    }
}
