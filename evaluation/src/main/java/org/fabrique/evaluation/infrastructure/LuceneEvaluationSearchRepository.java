package org.fabrique.evaluation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;
import org.fabrique.core.infrastructure.FullTextQuery;
import org.fabrique.core.search.SearchQuery;
import org.fabrique.evaluation.domain.Evaluation;
import org.fabrique.evaluation.domain.EvaluationSearchRepository;
import org.fabrique.evaluation.domain.EvaluativeQuestion;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;

/**
 * Searches the evaluations in the Lucene index of the {@code fabrique} persistence unit. Questions are
 * records of their own (an evaluation holds only their evaluation's id), indexed on their own: an evaluation
 * matches when its own text has every word, or one of its questions has; the questions are read first, from
 * the index only. The page's evaluations are then loaded in one statement.
 */
@ApplicationScoped
public class LuceneEvaluationSearchRepository implements EvaluationSearchRepository {

    /**
     * The most evaluations found through their questions. A city commissions a few evaluations a year, so
     * this bound is never reached in practice; it keeps the identifier list of the second query bounded.
     */
    static final int MAX_EVALUATIONS_BY_QUESTION = 1000;

    private static final String[] OWN_TEXT = {"title", "objectDescription", "summary"};

    private static final String[] QUESTION_TEXT = {"text", "finding"};

    @PersistenceContext(unitName = "fabrique")
    private EntityManager entityManager;

    /** For CDI. */
    public LuceneEvaluationSearchRepository() {
    }

    /** Outside a container (tests, tools), on an entity manager the caller manages. */
    public LuceneEvaluationSearchRepository(EntityManager entityManager) {
        this.entityManager = Objects.requireNonNull(entityManager, "entityManager is required");
    }

    @Override
    public Page<Evaluation> evaluations(SearchQuery query, PageRequest request) {
        Set<Long> byQuestion = new LinkedHashSet<>(session().search(EvaluativeQuestion.class)
                .select(f -> f.field("evaluationId", Long.class))
                .where(f -> FullTextQuery.everyWord(f, query, QUESTION_TEXT))
                .fetchHits(MAX_EVALUATIONS_BY_QUESTION));
        return FullTextQuery.page(session().search(Evaluation.class)
                .where(f -> {
                    var own = FullTextQuery.everyWord(f, query, OWN_TEXT);
                    return byQuestion.isEmpty() ? own : f.bool().should(own).should(f.id().matchingAny(byQuestion));
                }), request);
    }

    @Override
    public List<EvaluativeQuestion> matchingQuestions(SearchQuery query, Collection<Long> evaluationIds) {
        if (evaluationIds.isEmpty()) {
            return List.of();
        }
        return session().search(EvaluativeQuestion.class)
                .where(f -> FullTextQuery.everyWord(f, query, QUESTION_TEXT)
                        .filter(f.terms().field("evaluationId").matchingAny(evaluationIds)))
                .sort(f -> f.field("evaluationId").then().field("rank"))
                .fetchAllHits();
    }

    private SearchSession session() {
        return Search.session(entityManager);
    }
}
