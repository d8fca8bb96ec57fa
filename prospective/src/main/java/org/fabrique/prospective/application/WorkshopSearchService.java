package org.fabrique.prospective.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.fabrique.core.application.Roles;
import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;
import org.fabrique.core.search.RecordSearch;
import org.fabrique.core.search.SearchHit;
import org.fabrique.core.search.SearchKind;
import org.fabrique.core.search.SearchQuery;
import org.fabrique.prospective.domain.WorkshopSearchRepository;

/**
 * Searches the workshops for any account. A workshop's existence and title are known to every account
 * (see {@link WorkshopAccess}); only its title and its published synthesis note are searched, so a search
 * never reveals a word of its confidential content, to members or not.
 */
@Stateless
@RolesAllowed({Roles.POLE, Roles.DIRECTORATE, Roles.ELECTED, Roles.PARTICIPANT})
public class WorkshopSearchService implements RecordSearch {

    public static final SearchKind WORKSHOP = new SearchKind("WORKSHOP", 40, "/prospective/workshop.xhtml");

    @Inject
    WorkshopSearchRepository search;

    @Override
    public List<SearchKind> kinds() {
        return List.of(WORKSHOP);
    }

    @Override
    public Page<SearchHit> find(SearchKind kind, SearchQuery query, PageRequest request) {
        if (!kind.equals(WORKSHOP)) {
            return Page.of(List.of(), request, 0);
        }
        return search.workshops(query, request).map(w -> SearchHit.of(WORKSHOP, w.getId(), w.getId(),
                w.getTitle(), query, w.getTitle(), w.getSynthesisPublishedAt() == null ? null : w.getSynthesisNote()));
    }
}
