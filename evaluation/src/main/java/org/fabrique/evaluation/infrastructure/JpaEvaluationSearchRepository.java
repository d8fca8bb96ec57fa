package org.fabrique.evaluation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Objects;
import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;
import org.fabrique.core.infrastructure.PagedQuery;
import org.fabrique.core.infrastructure.TextMatch;
import org.fabrique.core.search.SearchQuery;
import org.fabrique.evaluation.domain.Evaluation;
import org.fabrique.evaluation.domain.EvaluationSearchRepository;

/** Searches the evaluations in the {@code fabrique} persistence unit, two statements a page. */
@ApplicationScoped
public class JpaEvaluationSearchRepository implements EvaluationSearchRepository {

    @PersistenceContext(unitName = "fabrique")
    private EntityManager entityManager;

    /** For CDI. */
    public JpaEvaluationSearchRepository() {
    }

    /** Outside a container (tests, tools), on an entity manager the caller manages. */
    public JpaEvaluationSearchRepository(EntityManager entityManager) {
        this.entityManager = Objects.requireNonNull(entityManager, "entityManager is required");
    }

    @Override
    public Page<Evaluation> evaluations(SearchQuery query, PageRequest request) {
        TextMatch match = TextMatch.of(query, "e.title", "e.objectDescription", "e.summary");
        String where = " where " + match.condition();
        return PagedQuery.page(entityManager, "select count(e) from Evaluation e" + where,
                "select e from Evaluation e" + where + " order by e.start desc, e.title, e.id", match.parameters(),
                Evaluation.class, request);
    }
}
