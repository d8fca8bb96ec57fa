package org.fabrique.core.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Objects;
import org.fabrique.core.domain.Neighbourhood;
import org.fabrique.core.domain.NeighbourhoodRepository;

/** Neighbourhoods in the {@code fabrique} persistence unit. */
@ApplicationScoped
public class JpaNeighbourhoodRepository implements NeighbourhoodRepository {

    @PersistenceContext(unitName = "fabrique")
    private EntityManager entityManager;

    /** For CDI. */
    public JpaNeighbourhoodRepository() {
    }

    /** Outside a container (tests, tools), on an entity manager the caller manages. */
    public JpaNeighbourhoodRepository(EntityManager entityManager) {
        this.entityManager = Objects.requireNonNull(entityManager, "entityManager is required");
    }

    @Override
    public List<Neighbourhood> all() {
        return entityManager.createQuery("select n from Neighbourhood n order by n.name", Neighbourhood.class)
                .getResultList();
    }

    @Override
    public Neighbourhood store(Neighbourhood neighbourhood) {
        return EntityStore.store(entityManager, neighbourhood, neighbourhood.getId());
    }
}
