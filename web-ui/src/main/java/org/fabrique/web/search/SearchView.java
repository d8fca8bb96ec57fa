package org.fabrique.web.search;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;
import org.fabrique.core.search.SearchKind;
import org.fabrique.core.search.SearchQuery;

/**
 * The results page ({@code /search.xhtml?q=}): the records found grouped by kind, or with {@code &kind=}
 * the first {@value #ONE_KIND} records of one kind. An unknown kind shows every kind.
 */
@Named
@ViewScoped
public class SearchView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How many records of one kind the page shows when a kind is chosen. */
    static final int ONE_KIND = 50;

    @Inject
    Search search;

    private String q;
    private String kind;
    private SearchKind chosen;
    private List<SearchGroup> groups = List.of();
    private boolean blank = true;

    public void load() {
        SearchQuery query = SearchQuery.parse(q);
        blank = query.isEmpty();
        if (blank) {
            return;
        }
        chosen = search.kind(kind).orElse(null);
        if (chosen == null) {
            groups = search.grouped(query);
        } else {
            Page<SearchResult> page = search.page(query, chosen, new PageRequest(0, ONE_KIND));
            groups = page.total() == 0 ? List.of() : List.of(new SearchGroup(chosen.name(), page.total(), page.items()));
        }
    }

    public long getTotal() {
        return groups.stream().mapToLong(SearchGroup::total).sum();
    }

    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public SearchKind getChosen() { return chosen; }
    public List<SearchGroup> getGroups() { return groups; }
    public boolean isBlank() { return blank; }
}
