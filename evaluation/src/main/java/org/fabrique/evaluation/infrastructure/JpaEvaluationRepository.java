package org.fabrique.evaluation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;
import org.fabrique.core.domain.SortKey;
import org.fabrique.core.infrastructure.EntityStore;
import org.fabrique.core.infrastructure.PagedQuery;
import org.fabrique.evaluation.domain.Evaluation;
import org.fabrique.evaluation.domain.EvaluationFilter;
import org.fabrique.evaluation.domain.EvaluationProgramme;
import org.fabrique.evaluation.domain.EvaluationRepository;
import org.fabrique.evaluation.domain.EvaluationStatus;

/** Evaluations and their programmes in the {@code fabrique} persistence unit. */
@ApplicationScoped
public class JpaEvaluationRepository implements EvaluationRepository {

    /** Each sort field's path; steps sort in the order an evaluation goes through them. */
    private static final Map<String, String> SORT_PATHS = Map.of(
            "title", "e.title",
            "programmeYear", "e.programme.year",
            "status", PagedQuery.inOrder("e.status", EvaluationStatus.values()),
            "start", "e.start");

    @PersistenceContext(unitName = "fabrique")
    private EntityManager entityManager;

    /** For CDI. */
    public JpaEvaluationRepository() {
    }

    /** Outside a container (tests, tools), on an entity manager the caller manages. */
    public JpaEvaluationRepository(EntityManager entityManager) {
        this.entityManager = Objects.requireNonNull(entityManager, "entityManager is required");
    }

    @Override
    public Optional<Evaluation> findById(long id) {
        return Optional.ofNullable(entityManager.find(Evaluation.class, id));
    }

    @Override
    public Optional<Evaluation> findByCommission(long commissionId) {
        return entityManager.createQuery("select e from Evaluation e where e.commissionId = :commissionId", Evaluation.class)
                .setParameter("commissionId", commissionId)
                .getResultStream().findFirst();
    }

    @Override
    public Page<Evaluation> page(EvaluationFilter filter, List<SortKey> sort, PageRequest request) {
        Objects.requireNonNull(filter, "filter is required");
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (filter.programmeYear() != null) {
            conditions.add("e.programme.year = :year");
            parameters.put("year", filter.programmeYear());
        }
        if (filter.status() != null) {
            conditions.add("e.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.type() != null) {
            conditions.add("e.type = :type");
            parameters.put("type", filter.type());
        }
        if (filter.policyId() != null) {
            conditions.add("e.policyId = :policyId");
            parameters.put("policyId", filter.policyId());
        }
        if (filter.text() != null) {
            conditions.add("(lower(e.title) like :text escape '!' or lower(e.objectDescription) like :text escape '!')");
            parameters.put("text", PagedQuery.containing(filter.text()));
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        return PagedQuery.page(entityManager, "select count(e) from Evaluation e" + where,
                "select e from Evaluation e join fetch e.programme" + where
                        + PagedQuery.orderBy(sort, SORT_PATHS, "e.programme.year desc, e.title, e.id"),
                parameters, Evaluation.class, request);
    }

    @Override
    public List<Evaluation> inProgress(int limit) {
        return entityManager.createQuery("select e from Evaluation e join fetch e.programme where e.status <> :followUp"
                        + " order by e.programme.year desc, e.title, e.id", Evaluation.class)
                .setParameter("followUp", EvaluationStatus.FOLLOW_UP)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public Page<Evaluation> publishedReports(PageRequest request) {
        String where = " where e.reportPublishedAt is not null";
        return PagedQuery.page(entityManager, "select count(e) from Evaluation e" + where,
                "select e from Evaluation e join fetch e.programme" + where + " order by e.reportPublishedAt desc, e.id",
                Map.of(), Evaluation.class, request);
    }

    @Override
    public Map<Long, String> titles(Collection<Long> ids) {
        Map<Long, String> titles = new HashMap<>();
        if (!ids.isEmpty()) {
            for (Object[] row : entityManager.createQuery("select e.id, e.title from Evaluation e where e.id in :ids",
                    Object[].class).setParameter("ids", ids).getResultList()) {
                titles.put((Long) row[0], (String) row[1]);
            }
        }
        return titles;
    }

    @Override
    public Evaluation store(Evaluation evaluation) {
        return EntityStore.store(entityManager, evaluation, evaluation.getId());
    }

    @Override
    public Optional<EvaluationProgramme> programmeOfYear(int year) {
        return entityManager.createQuery("select p from EvaluationProgramme p where p.year = :year", EvaluationProgramme.class)
                .setParameter("year", year)
                .getResultStream().findFirst();
    }

    @Override
    public List<EvaluationProgramme> programmes() {
        return entityManager.createQuery("select p from EvaluationProgramme p order by p.year desc", EvaluationProgramme.class)
                .getResultList();
    }

    @Override
    public EvaluationProgramme store(EvaluationProgramme programme) {
        return EntityStore.store(entityManager, programme, programme.getId());
    }
}
