package org.fabrique.prospective.domain;

import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;
import org.fabrique.core.search.SearchQuery;

/**
 * The workshops whose public text matches a search: their title and, once published, their synthesis
 * note. Nothing confidential (minutes, drafts, amendments, members) is ever searched.
 */
public interface WorkshopSearchRepository {

    Page<Workshop> workshops(SearchQuery query, PageRequest request);
}
