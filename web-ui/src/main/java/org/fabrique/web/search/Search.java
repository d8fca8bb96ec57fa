package org.fabrique.web.search;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;
import org.fabrique.core.search.RecordSearch;
import org.fabrique.core.search.SearchKind;
import org.fabrique.core.search.SearchQuery;

/**
 * One search over the missions: each mission contributes its kinds of records through the core port
 * {@link RecordSearch} and searches them itself, with the visibility of its pages (the citizen dialogue finds
 * nothing for a participant, who does not read it). This class only orders the kinds and gathers the results.
 */
@ApplicationScoped
public class Search {

    /** How many records of each kind the grouped results show. */
    public static final int PER_GROUP = 5;

    @Inject
    Instance<RecordSearch> missions;

    /**
     * Each kind with the mission that finds it, in the kinds' order, resolved once: each iteration of
     * {@link #missions} would make new instances of these stateless beans, kept by this application-wide bean until
     * the server stops (a leak of three a search), and the kinds do not change while it runs.
     */
    private Map<SearchKind, RecordSearch> byKind;

    @PostConstruct
    void resolve() {
        List<Map.Entry<SearchKind, RecordSearch>> entries = new ArrayList<>();
        for (RecordSearch mission : missions) {
            for (SearchKind kind : mission.kinds()) {
                entries.add(Map.entry(kind, mission));
            }
        }
        entries.sort(Comparator.comparingInt((Map.Entry<SearchKind, RecordSearch> e) -> e.getKey().order())
                .thenComparing(e -> e.getKey().name()));
        Map<SearchKind, RecordSearch> ordered = new LinkedHashMap<>();
        entries.forEach(e -> ordered.put(e.getKey(), e.getValue()));
        byKind = Collections.unmodifiableMap(ordered);
    }

    /** Every kind a search finds, in the order of their groups. */
    public List<SearchKind> kinds() {
        return List.copyOf(byKind.keySet());
    }

    /** The kind of that name, if a mission declares it. */
    public Optional<SearchKind> kind(String name) {
        return kinds().stream().filter(k -> k.name().equals(name)).findFirst();
    }

    /** The kinds with at least one record found, in their order, each with its first records. */
    public List<SearchGroup> grouped(SearchQuery query) {
        List<SearchGroup> groups = new ArrayList<>();
        for (Map.Entry<SearchKind, RecordSearch> entry : byKind.entrySet()) {
            Page<SearchResult> found = page(query, entry.getKey(), entry.getValue(), new PageRequest(0, PER_GROUP));
            if (found.total() > 0) {
                groups.add(new SearchGroup(entry.getKey().name(), found.total(), found.items()));
            }
        }
        return groups;
    }

    /** One page of the records of one kind found. */
    public Page<SearchResult> page(SearchQuery query, SearchKind kind, PageRequest request) {
        RecordSearch mission = byKind.get(kind);
        if (mission == null) {
            return Page.of(List.of(), request, 0);
        }
        return page(query, kind, mission, request);
    }

    private static Page<SearchResult> page(SearchQuery query, SearchKind kind, RecordSearch mission, PageRequest request) {
        if (query.isEmpty()) {
            return Page.of(List.of(), request, 0);
        }
        return mission.find(kind, query, request).map(SearchResult::of);
    }
}
