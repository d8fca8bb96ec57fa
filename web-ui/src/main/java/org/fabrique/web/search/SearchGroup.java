package org.fabrique.web.search;

import java.util.List;
import org.fabrique.core.search.SearchKind;

/** The first records of one kind a search found, and how many it found of that kind in all. */
public record SearchGroup(SearchKind kind, long total, List<SearchResult> items) {

    public SearchGroup {
        items = List.copyOf(items);
    }
}
