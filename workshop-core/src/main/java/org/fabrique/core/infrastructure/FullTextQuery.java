package org.fabrique.core.infrastructure;

import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;
import org.fabrique.core.search.SearchQuery;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.query.dsl.SearchQueryOptionsStep;

/**
 * The pieces the missions' Hibernate Search repositories share: a query's words matched in full-text fields
 * (analysed by {@link org.fabrique.core.search.FrenchAnalysis}), and one page of hits read with its total
 * from the index, the entities then loaded in one statement.
 */
public final class FullTextQuery {

    private FullTextQuery() {
    }

    /** Every word of the query, each in at least one of the fields. */
    public static BooleanPredicateClausesStep<?> everyWord(SearchPredicateFactory f, SearchQuery query,
            String... fields) {
        if (query.isEmpty() || fields.length == 0) {
            throw new IllegalArgumentException("a full-text match needs words and fields");
        }
        BooleanPredicateClausesStep<?> every = f.bool();
        for (String word : query.words()) {
            every.must(f.match().fields(fields).matching(word));
        }
        return every;
    }

    /** One page of hits and their total. */
    public static <T> Page<T> page(SearchQueryOptionsStep<?, T, ?, ?, ?> query, PageRequest request) {
        SearchResult<T> result = query.fetch(request.offset(), request.size());
        return Page.of(result.hits(), request, result.total().hitCount());
    }
}
