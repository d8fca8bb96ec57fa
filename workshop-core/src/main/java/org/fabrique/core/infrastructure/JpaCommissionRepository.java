package org.fabrique.core.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.fabrique.core.domain.Commission;
import org.fabrique.core.domain.CommissionRepository;
import org.fabrique.core.domain.ResourceKind;
import org.fabrique.core.domain.ResourceRef;

/** Commissions in the {@code fabrique} persistence unit. */
@ApplicationScoped
public class JpaCommissionRepository implements CommissionRepository {

    @PersistenceContext(unitName = "fabrique")
    private EntityManager entityManager;

    /** For CDI. */
    public JpaCommissionRepository() {
    }

    /** Outside a container (tests, tools), on an entity manager the caller manages. */
    public JpaCommissionRepository(EntityManager entityManager) {
        this.entityManager = Objects.requireNonNull(entityManager, "entityManager is required");
    }

    @Override
    public Optional<Commission> findById(long id) {
        return Optional.ofNullable(entityManager.find(Commission.class, id));
    }

    @Override
    public List<Commission> fromOrigin(ResourceRef origin) {
        return fromOrigins(origin.kind(), List.of(origin.id()));
    }

    @Override
    public List<Commission> fromOrigins(ResourceKind kind, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("select c from Commission c where c.origin.kind = :kind"
                        + " and c.origin.id in :ids order by c.requestedAt, c.id", Commission.class)
                .setParameter("kind", Objects.requireNonNull(kind, "kind is required"))
                .setParameter("ids", ids)
                .getResultList();
    }

    @Override
    public Optional<Commission> ofTarget(ResourceRef target) {
        return entityManager.createQuery("select c from Commission c where c.target.kind = :kind and c.target.id = :id",
                        Commission.class)
                .setParameter("kind", target.kind())
                .setParameter("id", target.id())
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Commission store(Commission commission) {
        return EntityStore.store(entityManager, commission, commission.getId());
    }
}
