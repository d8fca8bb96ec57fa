package org.fabrique.evaluation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;
import org.fabrique.core.infrastructure.PagedQuery;
import org.fabrique.core.infrastructure.TextMatch;
import org.fabrique.core.search.SearchQuery;
import org.fabrique.evaluation.domain.Evaluation;
import org.fabrique.evaluation.domain.EvaluationSearchRepository;
import org.fabrique.evaluation.domain.EvaluativeQuestion;

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
        TextMatch own = TextMatch.of(query, "e.title", "e.objectDescription", "e.summary");
        String where = " where " + own.condition() + " or exists (select q.id from EvaluativeQuestion q"
                + " where q.evaluationId = e.id and " + questionMatch(query).condition() + ")";
        return PagedQuery.page(entityManager, "select count(e) from Evaluation e" + where,
                "select e from Evaluation e" + where + " order by e.start desc, e.title, e.id", own.parameters(),
                Evaluation.class, request);
    }

    @Override
    public List<EvaluativeQuestion> matchingQuestions(SearchQuery query, Collection<Long> evaluationIds) {
        if (evaluationIds.isEmpty()) {
            return List.of();
        }
        TextMatch match = questionMatch(query);
        TypedQuery<EvaluativeQuestion> questions = entityManager.createQuery("select q from EvaluativeQuestion q"
                + " where q.evaluationId in :ids and " + match.condition() + " order by q.evaluationId, q.rank",
                EvaluativeQuestion.class).setParameter("ids", evaluationIds);
        match.parameters().forEach(questions::setParameter);
        return questions.getResultList();
    }

    /** A question's text and finding; its parameters are those of the evaluation's own match. */
    private static TextMatch questionMatch(SearchQuery query) {
        return TextMatch.of(query, "q.text", "q.finding");
    }
}
