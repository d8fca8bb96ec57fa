package org.fabrique.evaluation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;
import org.fabrique.core.infrastructure.EntityStore;
import org.fabrique.core.infrastructure.PagedQuery;
import org.fabrique.evaluation.domain.Interview;
import org.fabrique.evaluation.domain.InterviewRepository;
import org.fabrique.evaluation.domain.Quote;

/** Interviews and their quotes in the {@code fabrique} persistence unit. */
@ApplicationScoped
public class JpaInterviewRepository implements InterviewRepository {

    @PersistenceContext(unitName = "fabrique")
    private EntityManager entityManager;

    /** For CDI. */
    public JpaInterviewRepository() {
    }

    /** Outside a container (tests, tools), on an entity manager the caller manages. */
    public JpaInterviewRepository(EntityManager entityManager) {
        this.entityManager = Objects.requireNonNull(entityManager, "entityManager is required");
    }

    @Override
    public Optional<Interview> findById(long id) {
        return Optional.ofNullable(entityManager.find(Interview.class, id));
    }

    @Override
    public List<Interview> ofEvaluation(long evaluationId) {
        return entityManager.createQuery("select i from Interview i where i.evaluationId = :evaluationId"
                        + " order by i.interviewedOn, i.id", Interview.class)
                .setParameter("evaluationId", evaluationId)
                .getResultList();
    }

    @Override
    public Interview store(Interview interview) {
        return EntityStore.store(entityManager, interview, interview.getId());
    }

    @Override
    public Optional<Quote> findQuote(long id) {
        return Optional.ofNullable(entityManager.find(Quote.class, id));
    }

    @Override
    public Page<Quote> quotes(long evaluationId, String theme, PageRequest request) {
        String where = " where q.interview.evaluationId = :evaluationId" + (theme == null ? "" : " and :theme member of q.themes");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("evaluationId", evaluationId);
        if (theme != null) {
            parameters.put("theme", theme);
        }
        Page<Quote> page = PagedQuery.page(entityManager, "select count(q) from Quote q" + where,
                "select q from Quote q join fetch q.interview" + where + " order by q.interview.interviewedOn, q.id",
                parameters, Quote.class, request);
        if (!page.items().isEmpty()) {
            // one statement per collection fills the whole page, instead of one per quote
            entityManager.createQuery("select distinct q from Quote q left join fetch q.themes where q in :items", Quote.class)
                    .setParameter("items", page.items()).getResultList();
            entityManager.createQuery("select distinct q from Quote q left join fetch q.questionIds where q in :items",
                    Quote.class).setParameter("items", page.items()).getResultList();
        }
        return page;
    }

    @Override
    public Map<String, Long> themeCounts(long evaluationId) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Object[] row : entityManager.createQuery("select t, count(q) from Quote q join q.themes t"
                        + " where q.interview.evaluationId = :evaluationId group by t order by t", Object[].class)
                .setParameter("evaluationId", evaluationId).getResultList()) {
            counts.put((String) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    @Override
    public Quote store(Quote quote) {
        return EntityStore.store(entityManager, quote, quote.getId());
    }
}
