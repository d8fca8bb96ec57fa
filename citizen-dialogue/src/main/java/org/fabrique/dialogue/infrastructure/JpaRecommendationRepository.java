package org.fabrique.dialogue.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.fabrique.core.infrastructure.EntityStore;
import org.fabrique.core.infrastructure.PagedQuery;
import org.fabrique.core.infrastructure.QueryCache;
import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;
import org.fabrique.core.domain.SortKey;
import org.fabrique.dialogue.domain.CommitmentTally;
import org.fabrique.dialogue.domain.DirectorateCommitment;
import org.fabrique.dialogue.domain.Recommendation;
import org.fabrique.dialogue.domain.RecommendationFilter;
import org.fabrique.dialogue.domain.RecommendationRepository;
import org.fabrique.dialogue.domain.RecommendationStatus;

/** Recommendations and the city's answers in the {@code fabrique} persistence unit. */
@ApplicationScoped
public class JpaRecommendationRepository implements RecommendationRepository {

    /** JPA (and WildFly's strict query compliance) forbids an alias on a fetch join: paths name the rest. */
    private static final String WITH_PROJECT = "select r from Recommendation r join fetch r.project";
    private static final String BY_DUE_DATE = " order by r.dueDate, r.id";
    private static final Map<String, String> SORT_PATHS = Map.of("dueDate", "r.dueDate", "recordedOn", "r.recordedOn",
            "text", "r.text", "project", "r.project.title");
    /** The same paths on the page's rows, chosen by their ids ({@link PagedQuery#pageOfIds}). */
    private static final Map<String, String> SHOWN_SORT_PATHS = Map.of("dueDate", "shown.dueDate",
            "recordedOn", "shown.recordedOn", "text", "shown.text", "project", "shown.project.title");
    /**
     * The domain's rules in JPQL: awaiting covers an interim answer (the status stays AWAITING_ANSWER);
     * overdue is awaiting with a due date before today; on time is answered on or before the due date
     * ({@link Recommendation#answeredOnTime()}), late is every other answered one.
     */
    private static final String COMMITMENT = "select d.programme.id, r.directorateId, count(r),"
            + " sum(case when r.status = :awaiting then 1 else 0 end),"
            + " sum(case when r.status = :awaiting and r.dueDate < :today then 1 else 0 end),"
            + " sum(case when r.status = :answered and r.answer.answeredOn <= r.dueDate then 1 else 0 end),"
            + " sum(case when r.status = :answered and r.answer.answeredOn <= r.dueDate then 0"
            + " when r.status = :answered then 1 else 0 end)"
            + " from Recommendation r join r.project d where d.programme.id in :programmeIds"
            + " group by d.programme.id, r.directorateId order by d.programme.id, r.directorateId";

    @PersistenceContext(unitName = "fabrique")
    private EntityManager entityManager;

    /** For CDI. */
    public JpaRecommendationRepository() {
    }

    /** Outside a container (tests, tools), on an entity manager the caller manages. */
    public JpaRecommendationRepository(EntityManager entityManager) {
        this.entityManager = Objects.requireNonNull(entityManager, "entityManager is required");
    }

    @Override
    public Optional<Recommendation> findById(long id) {
        return Optional.ofNullable(entityManager.find(Recommendation.class, id));
    }

    @Override
    public List<Recommendation> awaitingPublication(Long programmeId, int limit) {
        TypedQuery<Recommendation> query = entityManager.createQuery(WITH_PROJECT
                        + " where r.status = :answered and r.published = false"
                        + (programmeId == null ? "" : " and r.project.programme.id = :programmeId")
                        + " order by r.project.title, r.project.id, r.id", Recommendation.class)
                .setParameter("answered", RecommendationStatus.ANSWERED)
                .setMaxResults(limit);
        if (programmeId != null) {
            query.setParameter("programmeId", programmeId);
        }
        return query.getResultList();
    }

    @Override
    public long countAwaitingPublication() {
        return entityManager.createQuery("select count(r) from Recommendation r"
                        + " where r.status = :answered and r.published = false", Long.class)
                .setParameter("answered", RecommendationStatus.ANSWERED)
                .getSingleResult();
    }

    @Override
    public Set<Long> sessionsRecommendedFrom(Collection<Long> sessionIds) {
        if (sessionIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(entityManager.createQuery(
                        "select distinct r.sessionId from Recommendation r where r.sessionId in :ids", Long.class)
                .setParameter("ids", sessionIds)
                .getResultList());
    }

    @Override
    public boolean anyFromSession(long sessionId) {
        return !entityManager.createQuery("select r.id from Recommendation r where r.sessionId = :sessionId", Long.class)
                .setParameter("sessionId", sessionId)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    @Override
    public List<Recommendation> findAllById(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery(WITH_PROJECT + " where r.id in :ids", Recommendation.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    @Override
    public Page<Recommendation> page(RecommendationFilter filter, LocalDate today, PageRequest request) {
        return page(filter, List.of(), today, request);
    }

    @Override
    public Page<Recommendation> page(RecommendationFilter filter, List<SortKey> sort, LocalDate today, PageRequest request) {
        Objects.requireNonNull(filter, "filter is required");
        Objects.requireNonNull(today, "today is required");
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (filter.programmeId() != null) {
            conditions.add("r.project.programme.id = :programmeId");
            parameters.put("programmeId", filter.programmeId());
        }
        if (filter.projectId() != null) {
            conditions.add("r.project.id = :projectId");
            parameters.put("projectId", filter.projectId());
        }
        if (filter.directorateId() != null) {
            conditions.add("r.directorateId = :directorateId");
            parameters.put("directorateId", filter.directorateId());
        }
        if (filter.overdue() != null) {
            conditions.add(filter.overdue()
                    ? "(r.status = :awaiting and r.dueDate < :today)"
                    : "(r.status <> :awaiting or r.dueDate >= :today)");
            parameters.put("awaiting", RecommendationStatus.AWAITING_ANSWER);
            parameters.put("today", today);
        }
        if (filter.dueSoon() != null) {
            conditions.add(filter.dueSoon()
                    ? "(r.status = :awaiting and r.dueDate >= :today and r.dueDate <= :soon)"
                    : "(r.status <> :awaiting or r.dueDate < :today or r.dueDate > :soon)");
            parameters.put("awaiting", RecommendationStatus.AWAITING_ANSWER);
            parameters.put("today", today);
            parameters.put("soon", today.plusDays(RecommendationFilter.DUE_SOON_DAYS));
        }
        if (filter.status() != null) {
            conditions.add("r.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.published() != null) {
            conditions.add("r.published = :published");
            parameters.put("published", filter.published());
        }
        if (filter.text() != null) {
            conditions.add("(lower(r.text) like :text escape '!' or lower(r.project.title) like :text escape '!')");
            parameters.put("text", PagedQuery.containing(filter.text()));
        }
        if (filter.dueFrom() != null) {
            conditions.add("r.dueDate >= :dueFrom");
            parameters.put("dueFrom", filter.dueFrom());
        }
        if (filter.dueTo() != null) {
            conditions.add("r.dueDate <= :dueTo");
            parameters.put("dueTo", filter.dueTo());
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        // the page's ids first: a directorate's thousands of recommendations are sorted from an index, not read
        return PagedQuery.pageOfIds(entityManager, "select count(r) from Recommendation r" + where,
                "select r.id from Recommendation r" + where + PagedQuery.orderBy(sort, SORT_PATHS, "r.dueDate, r.id"),
                "select shown from Recommendation shown join fetch shown.project where shown.id in :ids"
                        + PagedQuery.orderBy(sort, SHOWN_SORT_PATHS, "shown.dueDate, shown.id"),
                parameters, Recommendation.class, request);
    }

    @Override
    public List<Recommendation> ofProgramme(long programmeId) {
        return entityManager.createQuery(WITH_PROJECT + " where r.project.programme.id = :programmeId" + BY_DUE_DATE,
                        Recommendation.class)
                .setParameter("programmeId", programmeId)
                .getResultList();
    }

    @Override
    public List<Recommendation> publishedOf(Collection<Long> projectIds) {
        if (projectIds.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery(WITH_PROJECT + " where r.project.id in :projectIds and r.published = true"
                        + BY_DUE_DATE, Recommendation.class)
                .setParameter("projectIds", projectIds)
                .getResultList();
    }

    @Override
    public long countPublished(long programmeId) {
        return entityManager.createQuery("select count(r) from Recommendation r where r.project.programme.id = :programmeId"
                        + " and r.published = true", Long.class)
                .setParameter("programmeId", programmeId)
                .setHint(QueryCache.CACHEABLE, true)
                .getSingleResult();
    }

    @Override
    public List<Recommendation> awaitingAnswerDueBy(LocalDate dueBy) {
        return entityManager.createQuery(WITH_PROJECT + " where r.status = :awaiting and r.dueDate <= :dueBy"
                        + BY_DUE_DATE, Recommendation.class)
                .setParameter("awaiting", RecommendationStatus.AWAITING_ANSWER)
                .setParameter("dueBy", dueBy)
                .getResultList();
    }

    @Override
    public List<DirectorateCommitment> commitment(Collection<Long> programmeIds, LocalDate today) {
        Objects.requireNonNull(today, "today is required");
        if (programmeIds.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery(COMMITMENT, Object[].class)
                .setParameter("awaiting", RecommendationStatus.AWAITING_ANSWER)
                .setParameter("answered", RecommendationStatus.ANSWERED)
                .setParameter("today", today)
                .setParameter("programmeIds", programmeIds)
                .setHint(QueryCache.CACHEABLE, true)
                .getResultList() // the query cache serves lists, not streams
                .stream()
                .map(row -> new DirectorateCommitment(count(row[0]), count(row[1]), new CommitmentTally(count(row[2]),
                        count(row[3]), count(row[4]), count(row[5]), count(row[6]))))
                .toList();
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    @Override
    public Recommendation store(Recommendation recommendation) {
        return EntityStore.store(entityManager, recommendation, recommendation.getId());
    }
}
