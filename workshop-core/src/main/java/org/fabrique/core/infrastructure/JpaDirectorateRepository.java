package org.fabrique.core.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;
import org.fabrique.core.domain.Directorate;
import org.fabrique.core.domain.DirectorateRepository;

/** Directorates in the {@code fabrique} persistence unit. */
@ApplicationScoped
public class JpaDirectorateRepository implements DirectorateRepository {

    private static final String BY_NAME = "select x from Directorate x order by x.name";

    @PersistenceContext(unitName = "fabrique")
    private EntityManager entityManager;

    /** For CDI. */
    public JpaDirectorateRepository() {
    }

    /** Outside a container (tests, tools), on an entity manager the caller manages. */
    public JpaDirectorateRepository(EntityManager entityManager) {
        this.entityManager = Objects.requireNonNull(entityManager, "entityManager is required");
    }

    @Override
    public Optional<Directorate> findById(long id) {
        return Optional.ofNullable(entityManager.find(Directorate.class, id));
    }

    @Override
    public Page<Directorate> page(PageRequest request) {
        return PagedQuery.page(entityManager, "select count(x) from Directorate x", BY_NAME, Directorate.class, request);
    }

    @Override
    public List<Directorate> all() {
        return entityManager.createQuery(BY_NAME, Directorate.class).getResultList();
    }

    @Override
    public long count() {
        return entityManager.createQuery("select count(x) from Directorate x", Long.class).getSingleResult();
    }

    @Override
    public Directorate store(Directorate directorate) {
        return EntityStore.store(entityManager, directorate, directorate.getId());
    }

    @Override
    public boolean existsByName(String name) {
        return NameLookup.taken(entityManager, Directorate.class, name);
    }
}
