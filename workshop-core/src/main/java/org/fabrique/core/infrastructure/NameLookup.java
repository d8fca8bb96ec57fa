package org.fabrique.core.infrastructure;

import jakarta.persistence.EntityManager;
import org.fabrique.core.domain.NamedReference;

/** Whether a reference record's name is already used, ignoring case and surrounding spaces. */
final class NameLookup {

    private NameLookup() {
    }

    static boolean taken(EntityManager entityManager, Class<? extends NamedReference> type, String name) {
        if (name == null || name.isBlank()) {
            return false;
        }
        return entityManager.createQuery("select count(x) from " + type.getSimpleName()
                        + " x where lower(x.name) = lower(:name)", Long.class)
                .setParameter("name", name.strip())
                .getSingleResult() > 0;
    }
}
