package org.fabrique.web.search;

import org.fabrique.core.search.SearchHit;

/**
 * A record found, as the page and the API show it: its kind and id, its title, the title and an excerpt as
 * safe HTML with the matched words in {@code <mark>}, and the path of its page in the application.
 */
public record SearchResult(String kind, long id, String title, String titleHtml, String excerptHtml, String link) {

    /** The hit, linked to the page its kind is read on: a recommendation on its dialogue project. */
    public static SearchResult of(SearchHit hit) {
        return new SearchResult(hit.kind().name(), hit.id(), hit.title(), hit.titleHtml(), hit.excerptHtml(),
                hit.kind().page() + "?id=" + hit.pageId());
    }
}
