package org.fabrique.web.api.search;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fabrique.core.search.SearchKind;
import org.fabrique.core.search.SearchQuery;
import org.fabrique.web.api.InvalidQuery;
import org.fabrique.web.api.PageView;
import org.fabrique.web.api.Paging;
import org.fabrique.web.api.Problem;
import org.fabrique.web.search.Search;
import org.fabrique.web.search.SearchGroup;

/** Searches the records a person may read, by words of their text (French stems, accents ignored, whole words). */
@Path("/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search")
public class SearchResource {

    /** The results grouped by kind: each kind found with its total and its first records. */
    public record Grouped(String query, List<SearchGroup> groups) {
    }

    @Inject
    Search search;

    @GET
    @Operation(summary = "Without kind: {query, groups: [{kind, total, items}]}, the first " + Search.PER_GROUP
            + " records of each kind found; with kind (PROGRAMME, CANDIDATE, RECOMMENDATION, WORKSHOP, EVALUATION): a "
            + "page of that kind. Items {kind, id, title, titleHtml, excerptHtml, link}, matched words in <mark>. "
            + "Only what the caller may read (any account)")
    public Object search(@QueryParam("q") String q, @QueryParam("kind") String kind, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        SearchQuery query = SearchQuery.parse(q);
        if (query.isEmpty()) {
            throw invalid("q", "q must hold at least one word to search.");
        }
        if (kind == null || kind.isBlank()) {
            return new Grouped(query.text(), search.grouped(query));
        }
        SearchKind chosen = search.kind(kind.strip()).orElseThrow(() -> invalid("kind", "kind must be one of "
                + search.kinds().stream().map(SearchKind::name).collect(Collectors.joining(", ")) + "."));
        return PageView.of(search.page(query, chosen, Paging.of(page, size)));
    }

    private static InvalidQuery invalid(String name, String message) {
        return new InvalidQuery(List.of(new Problem.FieldError(name, message)));
    }
}
