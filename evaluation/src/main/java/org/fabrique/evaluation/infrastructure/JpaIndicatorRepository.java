package org.fabrique.evaluation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.fabrique.core.infrastructure.EntityStore;
import org.fabrique.evaluation.domain.Indicator;
import org.fabrique.evaluation.domain.IndicatorRepository;

/** Indicators and their measurements in the {@code fabrique} persistence unit. */
@ApplicationScoped
public class JpaIndicatorRepository implements IndicatorRepository {

    @PersistenceContext(unitName = "fabrique")
    private EntityManager entityManager;

    /** For CDI. */
    public JpaIndicatorRepository() {
    }

    /** Outside a container (tests, tools), on an entity manager the caller manages. */
    public JpaIndicatorRepository(EntityManager entityManager) {
        this.entityManager = Objects.requireNonNull(entityManager, "entityManager is required");
    }

    @Override
    public Optional<Indicator> findById(long id) {
        return Optional.ofNullable(entityManager.find(Indicator.class, id));
    }

    @Override
    public List<Indicator> ofEvaluation(long evaluationId) {
        return entityManager.createQuery("select distinct i from Indicator i left join fetch i.measurements"
                        + " where i.evaluationId = :evaluationId order by i.name, i.id", Indicator.class)
                .setParameter("evaluationId", evaluationId)
                .getResultList();
    }

    @Override
    public Indicator store(Indicator indicator) {
        return EntityStore.store(entityManager, indicator, indicator.getId());
    }

    @Override
    public void remove(Indicator indicator) {
        entityManager.remove(indicator);
        entityManager.flush();
    }
}
