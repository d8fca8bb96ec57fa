package org.fabrique.web.search;

import java.util.List;

/** The first records of one kind (its name) a search found, and how many it found of that kind in all. */
public record SearchGroup(String kind, long total, List<SearchResult> items) {

    public SearchGroup {
        items = List.copyOf(items);
    }
}
