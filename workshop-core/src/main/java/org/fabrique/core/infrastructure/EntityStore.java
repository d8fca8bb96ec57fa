package org.fabrique.core.infrastructure;

import jakarta.persistence.EntityManager;
import java.util.Objects;

/** Persists a new entity or merges a detached one. */
final class EntityStore {

    private EntityStore() {
    }

    static <T> T store(EntityManager entityManager, T entity, Long id) {
        Objects.requireNonNull(entity, "entity is required");
        if (id == null) {
            entityManager.persist(entity);
            return entity;
        }
        return entityManager.contains(entity) ? entity : entityManager.merge(entity);
    }
}
