package org.fabrique.core.infrastructure;

import jakarta.persistence.EntityManager;
import java.util.Objects;

/**
 * Persists a new entity or merges a detached one, then flushes: what the caller gets back carries its
 * id and its new version (the one a client must send with its next change), and a concurrent edit
 * fails here, inside the transaction, rather than at commit.
 */
public final class EntityStore {

    private EntityStore() {
    }

    public static <T> T store(EntityManager entityManager, T entity, Long id) {
        Objects.requireNonNull(entity, "entity is required");
        T stored;
        if (id == null) {
            entityManager.persist(entity);
            stored = entity;
        } else {
            stored = entityManager.contains(entity) ? entity : entityManager.merge(entity);
        }
        entityManager.flush();
        return stored;
    }
}
