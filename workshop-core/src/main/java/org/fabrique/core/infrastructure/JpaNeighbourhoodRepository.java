package org.fabrique.core.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.fabrique.core.domain.Neighbourhood;
import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;
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

    private static final String BY_NAME = "select n from Neighbourhood n order by n.name";

    @Override
    public Optional<Neighbourhood> findById(long id) {
        return Optional.ofNullable(entityManager.find(Neighbourhood.class, id));
    }

    @Override
    public List<Neighbourhood> all() {
        return entityManager.createQuery(BY_NAME, Neighbourhood.class).getResultList();
    }

    @Override
    public Page<Neighbourhood> page(PageRequest request) {
        return PagedQuery.page(entityManager, "select count(n) from Neighbourhood n", BY_NAME, Neighbourhood.class, request);
    }

    @Override
    public boolean existsByName(String name) {
        return NameLookup.taken(entityManager, Neighbourhood.class, name);
    }

    @Override
    public Neighbourhood store(Neighbourhood neighbourhood) {
        return EntityStore.store(entityManager, neighbourhood, neighbourhood.getId());
    }
}
