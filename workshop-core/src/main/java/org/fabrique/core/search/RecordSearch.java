package org.fabrique.core.search;

import java.util.List;
import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;

/**
 * One mission's part of the search: the kinds of records it finds and, for each, a page of the records the
 * caller may read, as that mission's pages show them. Each mission module implements it as a session bean
 * callable by every signed-in role; the search gathers every one it finds.
 */
public interface RecordSearch {

    /** The kinds of records this mission finds. */
    List<SearchKind> kinds();

    /**
     * A page of the records of one of this mission's kinds that match and that the caller may read; an empty
     * page when the caller's role does not read them at all.
     */
    Page<SearchHit> find(SearchKind kind, SearchQuery query, PageRequest request);
}
