package org.fabrique.web.search;

import org.fabrique.core.search.SearchHit;
import org.fabrique.core.search.SearchKind;

/**
 * A record found, as the page and the API show it: its kind and id, its title, the title and an excerpt as
 * safe HTML with the matched words in {@code <mark>}, and the path of its page in the application.
 */
public record SearchResult(SearchKind kind, long id, String title, String titleHtml, String excerptHtml, String link) {

    public static SearchResult of(SearchHit hit) {
        return new SearchResult(hit.kind(), hit.id(), hit.title(), hit.titleHtml(), hit.excerptHtml(),
                page(hit.kind()) + "?id=" + hit.pageId());
    }

    /** The page a record of this kind is read on, with {@code ?id=}: a recommendation on its dialogue project. */
    static String page(SearchKind kind) {
        return switch (kind) {
            case PROGRAMME -> "/dialogue/programme.xhtml";
            case CANDIDATE -> "/dialogue/candidate.xhtml";
            case RECOMMENDATION -> "/dialogue/project.xhtml";
            case WORKSHOP -> "/prospective/workshop.xhtml";
            case EVALUATION -> "/evaluation/evaluation.xhtml";
        };
    }
}
