package org.fabrique.evaluation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.fabrique.core.infrastructure.QueryCache;
import org.fabrique.evaluation.domain.EvaluationRecommendation;
import org.fabrique.evaluation.domain.EvaluationRecommendationFilter;
import org.fabrique.evaluation.domain.EvaluationRecommendationRepository;
import org.fabrique.evaluation.domain.FollowUpDue;
import org.fabrique.evaluation.domain.FollowUpStatus;
import org.fabrique.evaluation.domain.OverdueFollowUps;

/** The evaluations' recommendations and their follow-up in the {@code fabrique} persistence unit. */
@ApplicationScoped
public class JpaEvaluationRecommendationRepository implements EvaluationRecommendationRepository {

    /**
     * Overdue (as {@link EvaluationRecommendation#isOverdue} says) first, then the other open ones, then the
     * finished ones; within each, by due date, undated last.
     */
    private static final String OVERDUE_FIRST = " order by case when r.status not in :open then 2"
            + " when r.dueDate < :today then 0 else 1 end, case when r.dueDate is null then 1 else 0 end, r.dueDate, r.id";

    /** Undated and unassigned last whichever the direction, on H2 as on PostgreSQL (which order nulls apart). */
    private static final Map<String, String> SORT_PATHS = Map.of(
            "dueDate", "case when r.dueDate is null then 1 else 0 end, r.dueDate", "rank", "r.rank",
            "status", PagedQuery.inOrder("r.status", FollowUpStatus.values()), "text", "lower(r.text)",
            "owner", "case when r.ownerLabel is null then 1 else 0 end, lower(r.ownerLabel)");

    private static final List<FollowUpStatus> OPEN = Arrays.stream(FollowUpStatus.values()).filter(s -> !s.isFinished())
            .toList();

    @PersistenceContext(unitName = "fabrique")
    private EntityManager entityManager;

    /** For CDI. */
    public JpaEvaluationRecommendationRepository() {
    }

    /** Outside a container (tests, tools), on an entity manager the caller manages. */
    public JpaEvaluationRecommendationRepository(EntityManager entityManager) {
        this.entityManager = Objects.requireNonNull(entityManager, "entityManager is required");
    }

    @Override
    public Optional<EvaluationRecommendation> findById(long id) {
        return Optional.ofNullable(entityManager.find(EvaluationRecommendation.class, id));
    }

    @Override
    public List<EvaluationRecommendation> ofEvaluation(long evaluationId) {
        return entityManager.createQuery("select r from EvaluationRecommendation r where r.evaluationId = :evaluationId"
                        + " order by r.rank, r.id", EvaluationRecommendation.class)
                .setParameter("evaluationId", evaluationId)
                .getResultList();
    }

    @Override
    public int lastRank(long evaluationId) {
        Integer last = entityManager.createQuery("select max(r.rank) from EvaluationRecommendation r"
                        + " where r.evaluationId = :evaluationId", Integer.class)
                .setParameter("evaluationId", evaluationId)
                .getSingleResult();
        return last == null ? 0 : last;
    }

    @Override
    public Page<EvaluationRecommendation> page(EvaluationRecommendationFilter filter, List<SortKey> sort, LocalDate today,
            PageRequest request) {
        Objects.requireNonNull(filter, "filter is required");
        Objects.requireNonNull(today, "today is required");
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (filter.evaluationId() != null) {
            conditions.add("r.evaluationId = :evaluationId");
            parameters.put("evaluationId", filter.evaluationId());
        }
        if (filter.ownerDirectorateId() != null) {
            conditions.add("r.ownerDirectorateId = :directorateId");
            parameters.put("directorateId", filter.ownerDirectorateId());
        }
        if (filter.status() != null) {
            conditions.add("r.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.overdue() != null) {
            conditions.add(filter.overdue()
                    ? "(r.status in :open and r.dueDate < :today)"
                    : "(r.status not in :open or r.dueDate is null or r.dueDate >= :today)");
            parameters.put("open", OPEN);
            parameters.put("today", today);
        }
        if (filter.dueFrom() != null) {
            conditions.add("r.dueDate >= :dueFrom");
            parameters.put("dueFrom", filter.dueFrom());
        }
        if (filter.dueTo() != null) {
            conditions.add("r.dueDate <= :dueTo");
            parameters.put("dueTo", filter.dueTo());
        }
        if (filter.text() != null) {
            conditions.add("(lower(r.text) like :text escape '!' or lower(r.ownerLabel) like :text escape '!'"
                    + " or lower(r.followUpComment) like :text escape '!')");
            parameters.put("text", PagedQuery.containing(filter.text()));
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        String order = sort.isEmpty() ? OVERDUE_FIRST : PagedQuery.orderBy(sort, SORT_PATHS, "r.dueDate, r.id");
        Map<String, Object> orderParameters = sort.isEmpty() ? Map.of("today", today, "open", OPEN) : Map.of();
        return PagedQuery.page(entityManager, "select count(r) from EvaluationRecommendation r" + where,
                "select r from EvaluationRecommendation r" + where + order, parameters, orderParameters,
                EvaluationRecommendation.class, request);
    }

    @Override
    public List<OverdueFollowUps> overdueByEvaluation(Long ownerDirectorateId, LocalDate today) {
        Objects.requireNonNull(today, "today is required");
        String owner = ownerDirectorateId == null ? "" : " and r.ownerDirectorateId = :directorateId";
        TypedQuery<OverdueFollowUps> query = entityManager.createQuery("select new "
                        + OverdueFollowUps.class.getName() + "(e.id, e.title, count(r), min(r.dueDate))"
                        + " from EvaluationRecommendation r, Evaluation e where e.id = r.evaluationId"
                        + " and r.status in :open and r.dueDate < :today" + owner
                        + " group by e.id, e.title order by min(r.dueDate), e.id", OverdueFollowUps.class)
                .setParameter("open", OPEN)
                .setParameter("today", today)
                .setHint(QueryCache.CACHEABLE, true);
        if (ownerDirectorateId != null) {
            query.setParameter("directorateId", ownerDirectorateId);
        }
        return query.getResultList();
    }

    @Override
    public List<FollowUpDue> openFollowUpsDueBy(LocalDate date) {
        Objects.requireNonNull(date, "date is required");
        return entityManager.createQuery("select r, e.title from EvaluationRecommendation r, Evaluation e"
                        + " where e.id = r.evaluationId and r.ownerDirectorateId is not null and r.dueDate <= :date"
                        + " and r.status not in :finished order by r.dueDate, r.id", Object[].class)
                .setParameter("date", date)
                .setParameter("finished", List.of(FollowUpStatus.DONE, FollowUpStatus.ABANDONED))
                .getResultList().stream()
                .map(row -> new FollowUpDue((EvaluationRecommendation) row[0], (String) row[1]))
                .toList();
    }

    @Override
    public EvaluationRecommendation store(EvaluationRecommendation recommendation) {
        return EntityStore.store(entityManager, recommendation, recommendation.getId());
    }
}
