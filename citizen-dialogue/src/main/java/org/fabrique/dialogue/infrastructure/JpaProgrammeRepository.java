package org.fabrique.dialogue.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;
import org.fabrique.core.domain.SortKey;
import org.fabrique.core.infrastructure.EntityStore;
import org.fabrique.core.infrastructure.PagedQuery;
import org.fabrique.dialogue.domain.Programme;
import org.fabrique.dialogue.domain.ProgrammeFilter;
import org.fabrique.dialogue.domain.ProgrammeRepository;
import org.fabrique.dialogue.domain.ProgrammeStatus;

/** Programmes in the {@code fabrique} persistence unit. */
@ApplicationScoped
public class JpaProgrammeRepository implements ProgrammeRepository {

    private static final Map<String, String> SORT_PATHS = Map.of("year", "p.year",
            "status", PagedQuery.inOrder("p.status", ProgrammeStatus.values()));

    @PersistenceContext(unitName = "fabrique")
    private EntityManager entityManager;

    /** For CDI. */
    public JpaProgrammeRepository() {
    }

    /** Outside a container (tests, tools), on an entity manager the caller manages. */
    public JpaProgrammeRepository(EntityManager entityManager) {
        this.entityManager = Objects.requireNonNull(entityManager, "entityManager is required");
    }

    @Override
    public Optional<Programme> findById(long id) {
        return Optional.ofNullable(entityManager.find(Programme.class, id));
    }

    @Override
    public Optional<Programme> findByYear(int year) {
        return entityManager.createQuery("select p from Programme p where p.year = :year", Programme.class)
                .setParameter("year", year)
                .getResultStream()
                .findFirst();
    }

    @Override
    public boolean existsByYear(int year) {
        return entityManager.createQuery("select count(p) from Programme p where p.year = :year", Long.class)
                .setParameter("year", year)
                .getSingleResult() > 0;
    }

    @Override
    public Optional<Programme> latest(ProgrammeStatus status) {
        return entityManager.createQuery("select p from Programme p where p.status = :status order by p.year desc",
                        Programme.class)
                .setParameter("status", Objects.requireNonNull(status, "status is required"))
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Programme> open() {
        return entityManager.createQuery("select p from Programme p where p.status = :status order by p.year desc",
                        Programme.class)
                .setParameter("status", ProgrammeStatus.OPEN)
                .getResultList();
    }

    @Override
    public Optional<Programme> nextOpen(int fromYear) {
        return entityManager.createQuery("select p from Programme p where p.status = :status and p.year >= :year"
                        + " order by p.year", Programme.class)
                .setParameter("status", ProgrammeStatus.OPEN)
                .setParameter("year", fromYear)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Page<Programme> page(ProgrammeFilter filter, List<SortKey> sort, PageRequest request) {
        String where = filter.status() == null ? "" : " where p.status = :status";
        Map<String, Object> parameters = filter.status() == null ? Map.of() : Map.of("status", filter.status());
        return PagedQuery.page(entityManager, "select count(p) from Programme p" + where,
                "select p from Programme p" + where + PagedQuery.orderBy(sort, SORT_PATHS, "p.year desc"), parameters,
                Programme.class, request);
    }

    @Override
    public Programme store(Programme programme) {
        return EntityStore.store(entityManager, programme, programme.getId());
    }

    @Override
    public void requireUnchangedAtCommit(Programme programme) {
        entityManager.lock(programme, LockModeType.OPTIMISTIC);
    }
}
