package org.fabrique.core.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;
import org.fabrique.core.domain.PublicPolicy;
import org.fabrique.core.domain.PublicPolicyRepository;

/** Public policies in the {@code fabrique} persistence unit. */
@ApplicationScoped
public class JpaPublicPolicyRepository implements PublicPolicyRepository {

    private static final String BY_NAME = "select x from PublicPolicy x order by x.name";

    @PersistenceContext(unitName = "fabrique")
    private EntityManager entityManager;

    /** For CDI. */
    public JpaPublicPolicyRepository() {
    }

    /** Outside a container (tests, tools), on an entity manager the caller manages. */
    public JpaPublicPolicyRepository(EntityManager entityManager) {
        this.entityManager = Objects.requireNonNull(entityManager, "entityManager is required");
    }

    @Override
    public Optional<PublicPolicy> findById(long id) {
        return Optional.ofNullable(entityManager.find(PublicPolicy.class, id));
    }

    @Override
    public Page<PublicPolicy> page(PageRequest request) {
        return PagedQuery.page(entityManager, "select count(x) from PublicPolicy x", BY_NAME, PublicPolicy.class, request);
    }

    @Override
    public List<PublicPolicy> all() {
        return entityManager.createQuery(BY_NAME, PublicPolicy.class).getResultList();
    }

    @Override
    public long count() {
        return entityManager.createQuery("select count(x) from PublicPolicy x", Long.class).getSingleResult();
    }

    @Override
    public PublicPolicy store(PublicPolicy policy) {
        return EntityStore.store(entityManager, policy, policy.getId());
    }

    @Override
    public boolean existsByName(String name) {
        return NameLookup.taken(entityManager, PublicPolicy.class, name);
    }
}
