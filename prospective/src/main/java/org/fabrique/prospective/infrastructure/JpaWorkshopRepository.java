package org.fabrique.prospective.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;
import org.fabrique.core.domain.PersonCategory;
import org.fabrique.core.domain.SortKey;
import org.fabrique.core.infrastructure.EntityStore;
import org.fabrique.core.infrastructure.PagedQuery;
import org.fabrique.prospective.domain.Membership;
import org.fabrique.prospective.domain.Workshop;
import org.fabrique.prospective.domain.WorkshopFilter;
import org.fabrique.prospective.domain.WorkshopRepository;
import org.fabrique.prospective.domain.WorkshopSession;
import org.fabrique.prospective.domain.WorkshopStatus;

/** Workshops, their members and sessions in the {@code fabrique} persistence unit. */
@ApplicationScoped
public class JpaWorkshopRepository implements WorkshopRepository {

    /** Each sort field's path; steps sort in the order of the method. */
    private static final Map<String, String> SORT_PATHS = Map.of(
            "title", "w.title",
            "status", PagedQuery.inOrder("w.status", WorkshopStatus.values()),
            "start", "w.start",
            "cycle", "w.cycle.start");

    @PersistenceContext(unitName = "fabrique")
    private EntityManager entityManager;

    /** For CDI. */
    public JpaWorkshopRepository() {
    }

    /** Outside a container (tests, tools), on an entity manager the caller manages. */
    public JpaWorkshopRepository(EntityManager entityManager) {
        this.entityManager = Objects.requireNonNull(entityManager, "entityManager is required");
    }

    @Override
    public Optional<Workshop> findById(long id) {
        return Optional.ofNullable(entityManager.find(Workshop.class, id));
    }

    @Override
    public Optional<Workshop> findByIdLocked(long id) {
        return Optional.ofNullable(entityManager.find(Workshop.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Page<Workshop> page(WorkshopFilter filter, List<SortKey> sort, PageRequest request) {
        Objects.requireNonNull(filter, "filter is required");
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (filter.cycleId() != null) {
            conditions.add("w.cycle.id = :cycleId");
            parameters.put("cycleId", filter.cycleId());
        }
        if (filter.status() != null) {
            conditions.add("w.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.kind() != null) {
            conditions.add("w.kind = :kind");
            parameters.put("kind", filter.kind());
        }
        if (filter.policyId() != null) {
            conditions.add("w.policyId = :policyId");
            parameters.put("policyId", filter.policyId());
        }
        if (filter.text() != null) {
            conditions.add("lower(w.title) like :text escape '!'");
            parameters.put("text", PagedQuery.containing(filter.text()));
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        return PagedQuery.page(entityManager, "select count(w) from Workshop w" + where,
                "select w from Workshop w join fetch w.cycle" + where
                        + PagedQuery.orderBy(sort, SORT_PATHS, "w.cycle.start, w.title, w.id"),
                parameters, Workshop.class, request);
    }

    @Override
    public Page<Workshop> publishedSyntheses(PageRequest request) {
        String where = " where w.synthesisPublishedAt is not null";
        return PagedQuery.page(entityManager, "select count(w) from Workshop w" + where,
                "select w from Workshop w join fetch w.cycle" + where + " order by w.synthesisPublishedAt desc, w.id",
                Workshop.class, request);
    }

    @Override
    public List<Membership> charterPending(long personId) {
        return entityManager.createQuery("select m from Membership m join fetch m.workshop where m.personId = :personId"
                        + " and m.charterAcknowledgedAt is null and m.workshop.status <> :closed order by m.workshop.title",
                        Membership.class)
                .setParameter("personId", personId)
                .setParameter("closed", WorkshopStatus.CLOSED)
                .getResultList();
    }

    @Override
    public List<WorkshopSession> nextSessions(long personId, LocalDate from, int limit) {
        return entityManager.createQuery("select s from WorkshopSession s join fetch s.workshop"
                        + " where s.workshop.status <> :closed and s.date >= :from"
                        + " and s.date = (select min(n.date) from WorkshopSession n where n.workshop = s.workshop"
                        + " and n.date >= :from)"
                        + " and (s.workshop.presidentPersonId = :personId or exists (select m.id from Membership m"
                        + " where m.workshop = s.workshop and m.personId = :personId)) order by s.date, s.id", WorkshopSession.class)
                .setParameter("closed", WorkshopStatus.CLOSED)
                .setParameter("from", from)
                .setParameter("personId", personId)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<WorkshopSession> withoutRegister(LocalDate before, int limit) {
        return entityManager.createQuery("select s from WorkshopSession s join fetch s.workshop"
                        + " where s.workshop.status <> :closed and s.date < :before and s.attendance is empty"
                        + " order by s.date, s.id", WorkshopSession.class)
                .setParameter("closed", WorkshopStatus.CLOSED)
                .setParameter("before", before)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<Workshop> withoutNextSession(LocalDate from, int limit) {
        return entityManager.createQuery("select w from Workshop w where w.status in :sequences"
                        + " and not exists (select s.id from WorkshopSession s where s.workshop = w and s.date >= :from)"
                        + " order by w.title, w.id", Workshop.class)
                .setParameter("sequences", List.of(WorkshopStatus.EXPLORATORY, WorkshopStatus.RESOURCE, WorkshopStatus.SCENARIO))
                .setParameter("from", from)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public Workshop store(Workshop workshop) {
        return EntityStore.store(entityManager, workshop, workshop.getId());
    }

    @Override
    public Optional<WorkshopSession> findSession(long id) {
        return Optional.ofNullable(entityManager.find(WorkshopSession.class, id));
    }

    @Override
    public List<WorkshopSession> sessions(long workshopId) {
        return entityManager.createQuery("select distinct s from WorkshopSession s left join fetch s.attendance"
                        + " where s.workshop.id = :workshopId order by s.date, s.id", WorkshopSession.class)
                .setParameter("workshopId", workshopId)
                .getResultList();
    }

    @Override
    public WorkshopSession store(WorkshopSession session) {
        return EntityStore.store(entityManager, session, session.getId());
    }

    @Override
    public EnumMap<PersonCategory, Long> distinctMembersByCategory(Collection<Long> cycleIds) {
        String where = cycleIds.isEmpty() ? "" : " and m.workshop.cycle.id in :cycleIds";
        var query = entityManager.createQuery("select p.category, count(distinct p.id) from Membership m, Person p"
                + " where p.id = m.personId" + where + " group by p.category", Object[].class);
        if (!cycleIds.isEmpty()) {
            query.setParameter("cycleIds", cycleIds);
        }
        EnumMap<PersonCategory, Long> counts = new EnumMap<>(PersonCategory.class);
        for (PersonCategory category : PersonCategory.values()) {
            counts.put(category, 0L);
        }
        for (Object[] row : query.getResultList()) {
            counts.put((PersonCategory) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    @Override
    public java.util.Map<Long, EnumMap<PersonCategory, Long>> distinctMembersByCycleAndCategory() {
        java.util.Map<Long, EnumMap<PersonCategory, Long>> counts = new java.util.HashMap<>();
        for (Object[] row : entityManager.createQuery("select m.workshop.cycle.id, p.category, count(distinct p.id)"
                + " from Membership m, Person p where p.id = m.personId group by m.workshop.cycle.id, p.category",
                Object[].class).getResultList()) {
            counts.computeIfAbsent((Long) row[0], id -> new EnumMap<>(PersonCategory.class))
                    .put((PersonCategory) row[1], ((Number) row[2]).longValue());
        }
        return counts;
    }
}
