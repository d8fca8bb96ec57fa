package org.fabrique.evaluation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.fabrique.core.infrastructure.EntityStore;
import org.fabrique.evaluation.domain.EvaluativeQuestion;
import org.fabrique.evaluation.domain.QuestionRepository;

/** Evaluative questions and their findings in the {@code fabrique} persistence unit. */
@ApplicationScoped
public class JpaQuestionRepository implements QuestionRepository {

    @PersistenceContext(unitName = "fabrique")
    private EntityManager entityManager;

    /** For CDI. */
    public JpaQuestionRepository() {
    }

    /** Outside a container (tests, tools), on an entity manager the caller manages. */
    public JpaQuestionRepository(EntityManager entityManager) {
        this.entityManager = Objects.requireNonNull(entityManager, "entityManager is required");
    }

    @Override
    public Optional<EvaluativeQuestion> findById(long id) {
        return Optional.ofNullable(entityManager.find(EvaluativeQuestion.class, id));
    }

    @Override
    public List<EvaluativeQuestion> ofEvaluation(long evaluationId) {
        return entityManager.createQuery("select distinct q from EvaluativeQuestion q left join fetch q.criteria"
                        + " where q.evaluationId = :evaluationId order by q.rank, q.id", EvaluativeQuestion.class)
                .setParameter("evaluationId", evaluationId)
                .getResultList();
    }

    @Override
    public int lastRank(long evaluationId) {
        Integer last = entityManager.createQuery("select max(q.rank) from EvaluativeQuestion q"
                        + " where q.evaluationId = :evaluationId", Integer.class)
                .setParameter("evaluationId", evaluationId)
                .getSingleResult();
        return last == null ? 0 : last;
    }

    @Override
    public EvaluativeQuestion store(EvaluativeQuestion question) {
        return EntityStore.store(entityManager, question, question.getId());
    }
}
