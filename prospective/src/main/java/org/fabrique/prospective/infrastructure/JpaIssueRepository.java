package org.fabrique.prospective.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;
import org.fabrique.core.infrastructure.EntityStore;
import org.fabrique.core.infrastructure.PagedQuery;
import org.fabrique.prospective.domain.IssueRepository;
import org.fabrique.prospective.domain.Marker;
import org.fabrique.prospective.domain.RecommendationMarkers;
import org.fabrique.prospective.domain.WorkshopIssue;
import org.fabrique.prospective.domain.WorkshopInput;

/** The workshops' issues and resources in the {@code fabrique} persistence unit. */
@ApplicationScoped
public class JpaIssueRepository implements IssueRepository {

    @PersistenceContext(unitName = "fabrique")
    private EntityManager entityManager;

    /** For CDI. */
    public JpaIssueRepository() {
    }

    /** Outside a container (tests, tools), on an entity manager the caller manages. */
    public JpaIssueRepository(EntityManager entityManager) {
        this.entityManager = Objects.requireNonNull(entityManager, "entityManager is required");
    }

    @Override
    public Optional<WorkshopIssue> findById(long id) {
        return Optional.ofNullable(entityManager.find(WorkshopIssue.class, id));
    }

    @Override
    public List<WorkshopIssue> ofWorkshop(long workshopId) {
        return entityManager.createQuery("select distinct i from WorkshopIssue i left join fetch i.reading.markers"
                        + " where i.workshop.id = :workshopId", WorkshopIssue.class)
                .setParameter("workshopId", workshopId)
                .getResultList().stream()
                .sorted(Comparator.comparing((WorkshopIssue i) -> i.getRank() == null ? Integer.MAX_VALUE : i.getRank())
                        .thenComparing(WorkshopIssue::getTitle).thenComparing(WorkshopIssue::getId))
                .toList();
    }

    @Override
    public int rankedCount(long workshopId) {
        return entityManager.createQuery("select count(distinct i.rank) from WorkshopIssue i"
                        + " where i.workshop.id = :workshopId and i.rank is not null", Long.class)
                .setParameter("workshopId", workshopId)
                .getSingleResult().intValue();
    }

    @Override
    public Page<WorkshopIssue> withMarker(Marker marker, PageRequest request) {
        String where = " where :marker member of i.reading.markers";
        Page<WorkshopIssue> page = PagedQuery.page(entityManager, "select count(i) from WorkshopIssue i" + where,
                "select i from WorkshopIssue i join fetch i.workshop" + where + " order by i.workshop.title, i.rank, i.id",
                Map.of("marker", marker), WorkshopIssue.class, request);
        return withMarkersLoaded(page, WorkshopIssue.class);
    }

    /** One more statement fills the markers of a page's records, instead of one per record. */
    private <T> Page<T> withMarkersLoaded(Page<T> page, Class<T> type) {
        if (!page.items().isEmpty()) {
            entityManager.createQuery("select distinct x from " + type.getSimpleName() + " x left join fetch x.reading.markers"
                    + " where x in :items", type).setParameter("items", page.items()).getResultList();
        }
        return page;
    }

    @Override
    public EnumMap<Marker, Long> markerCounts() {
        EnumMap<Marker, Long> counts = new EnumMap<>(Marker.class);
        for (Marker marker : Marker.values()) {
            counts.put(marker, 0L);
        }
        for (Object[] row : entityManager.createQuery("select m, count(i) from WorkshopIssue i join i.reading.markers m group by m",
                Object[].class).getResultList()) {
            counts.put((Marker) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    @Override
    public WorkshopIssue store(WorkshopIssue issue) {
        return EntityStore.store(entityManager, issue, issue.getId());
    }

    @Override
    public boolean informedByResources(long issueId) {
        return !entityManager.createQuery("select r.id from WorkshopInput r join r.issueIds i where i = :issueId",
                        Long.class)
                .setParameter("issueId", issueId)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    @Override
    public void remove(WorkshopIssue issue) {
        entityManager.remove(issue);
        entityManager.flush();
    }

    @Override
    public List<RecommendationMarkers> recommendationMarkersOf(long workshopId) {
        return entityManager.createQuery("select distinct r from RecommendationMarkers r left join fetch r.reading.markers"
                        + " where r.workshop.id = :workshopId order by r.id", RecommendationMarkers.class)
                .setParameter("workshopId", workshopId)
                .getResultList();
    }

    @Override
    public Page<RecommendationMarkers> recommendationsWithMarker(Marker marker, PageRequest request) {
        String where = " where :marker member of r.reading.markers";
        Page<RecommendationMarkers> page = PagedQuery.page(entityManager, "select count(r) from RecommendationMarkers r" + where,
                "select r from RecommendationMarkers r join fetch r.workshop" + where + " order by r.workshop.title, r.id",
                Map.of("marker", marker), RecommendationMarkers.class, request);
        return withMarkersLoaded(page, RecommendationMarkers.class);
    }

    @Override
    public RecommendationMarkers store(RecommendationMarkers tags) {
        return EntityStore.store(entityManager, tags, tags.getId());
    }

    @Override
    public Optional<WorkshopInput> findResource(long id) {
        return Optional.ofNullable(entityManager.find(WorkshopInput.class, id));
    }

    @Override
    public List<WorkshopInput> resourcesOf(long workshopId) {
        return entityManager.createQuery("select distinct r from WorkshopInput r left join fetch r.issueIds"
                        + " where r.workshop.id = :workshopId", WorkshopInput.class)
                .setParameter("workshopId", workshopId)
                .getResultList().stream()
                .sorted(Comparator.comparing(WorkshopInput::getType)
                        .thenComparing(r -> r.getDate() == null ? LocalDate.MIN : r.getDate())
                        .thenComparing(WorkshopInput::getId))
                .toList();
    }

    @Override
    public WorkshopInput store(WorkshopInput resource) {
        return EntityStore.store(entityManager, resource, resource.getId());
    }

    @Override
    public void remove(WorkshopInput resource) {
        entityManager.remove(resource);
        entityManager.flush();
    }

    @Override
    public Set<Long> informedIssueIds(long workshopId) {
        return new HashSet<>(entityManager.createQuery("select distinct i from WorkshopInput r join r.issueIds i"
                        + " where r.workshop.id = :workshopId", Long.class)
                .setParameter("workshopId", workshopId)
                .getResultList());
    }
}
