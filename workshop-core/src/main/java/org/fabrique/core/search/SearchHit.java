package org.fabrique.core.search;

import java.util.Objects;

/**
 * A record a search found: its kind and id, the record it is read on ({@code pageId}: the dialogue project
 * of a recommendation, the record itself otherwise), its title, and the title and an excerpt of its text as
 * safe HTML with the matched words in {@code <mark>}.
 */
public record SearchHit(SearchKind kind, long id, long pageId, String title, String titleHtml, String excerptHtml) {

    public SearchHit {
        Objects.requireNonNull(kind, "kind is required");
        Objects.requireNonNull(title, "title is required");
        Objects.requireNonNull(titleHtml, "titleHtml is required");
        Objects.requireNonNull(excerptHtml, "excerptHtml is required");
    }

    /** A hit on a record read on its own page: the title and the first of its texts that matched. */
    public static SearchHit of(SearchKind kind, long id, long pageId, String title, SearchQuery query, String... texts) {
        String excerpt = "";
        for (String text : texts) {
            if (Highlighter.matches(text, query)) {
                excerpt = Highlighter.excerpt(text, query);
                break;
            }
        }
        return new SearchHit(kind, id, pageId, title, Highlighter.highlight(title, query), excerpt);
    }
}
