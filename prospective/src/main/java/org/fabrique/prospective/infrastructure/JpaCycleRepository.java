package org.fabrique.prospective.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.fabrique.core.infrastructure.EntityStore;
import org.fabrique.prospective.domain.Cycle;
import org.fabrique.prospective.domain.CycleRepository;

/** Cycles of workshops in the {@code fabrique} persistence unit. */
@ApplicationScoped
public class JpaCycleRepository implements CycleRepository {

    @PersistenceContext(unitName = "fabrique")
    private EntityManager entityManager;

    /** For CDI. */
    public JpaCycleRepository() {
    }

    /** Outside a container (tests, tools), on an entity manager the caller manages. */
    public JpaCycleRepository(EntityManager entityManager) {
        this.entityManager = Objects.requireNonNull(entityManager, "entityManager is required");
    }

    @Override
    public Optional<Cycle> findById(long id) {
        return Optional.ofNullable(entityManager.find(Cycle.class, id));
    }

    @Override
    public List<Cycle> all() {
        return entityManager.createQuery("select c from Cycle c order by c.start, c.id", Cycle.class).getResultList();
    }

    @Override
    public Cycle store(Cycle cycle) {
        return EntityStore.store(entityManager, cycle, cycle.getId());
    }
}
