package org.fabrique.dialogue.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Objects;
import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;
import org.fabrique.core.infrastructure.FullTextQuery;
import org.fabrique.core.search.SearchQuery;
import org.fabrique.dialogue.domain.CandidateProject;
import org.fabrique.dialogue.domain.DialogueSearchRepository;
import org.fabrique.dialogue.domain.Programme;
import org.fabrique.dialogue.domain.Recommendation;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;

/**
 * Searches the citizen-dialogue records in the Lucene index of the {@code fabrique} persistence unit
 * (Hibernate Search): the hits and their total from the index, the page's records in one statement.
 */
@ApplicationScoped
public class LuceneDialogueSearchRepository implements DialogueSearchRepository {

    @PersistenceContext(unitName = "fabrique")
    private EntityManager entityManager;

    /** For CDI. */
    public LuceneDialogueSearchRepository() {
    }

    /** Outside a container (tests, tools), on an entity manager the caller manages. */
    public LuceneDialogueSearchRepository(EntityManager entityManager) {
        this.entityManager = Objects.requireNonNull(entityManager, "entityManager is required");
    }

    @Override
    public Page<Programme> programmes(SearchQuery query, PageRequest request) {
        List<Integer> years = query.stems().stream().filter(s -> s.matches("\\d{4}")).map(Integer::valueOf).toList();
        return FullTextQuery.page(session().search(Programme.class)
                .where(f -> years.isEmpty()
                        ? FullTextQuery.everyWord(f, query, "validationJustification")
                        : f.terms().field("year").matchingAny(years))
                .sort(f -> f.field("year").desc()), request);
    }

    @Override
    public Page<CandidateProject> candidates(SearchQuery query, Long directorateId, PageRequest request) {
        return FullTextQuery.page(session().search(CandidateProject.class)
                .where(f -> ofDirectorate(f, FullTextQuery.everyWord(f, query, "title", "summary", "stakes", "levers"),
                        directorateId)), request);
    }

    @Override
    public Page<Recommendation> recommendations(SearchQuery query, Long directorateId, PageRequest request) {
        return FullTextQuery.page(session().search(Recommendation.class)
                .where(f -> ofDirectorate(f, FullTextQuery.everyWord(f, query, "text", "answer.text"), directorateId)),
                request);
    }

    /** The match, only in one directorate's records when {@code directorateId} is set. */
    private static BooleanPredicateClausesStep<?> ofDirectorate(SearchPredicateFactory f,
            BooleanPredicateClausesStep<?> match, Long directorateId) {
        return directorateId == null ? match : match.filter(f.match().field("directorateId").matching(directorateId));
    }

    private SearchSession session() {
        return Search.session(entityManager);
    }
}
