package org.fabrique.core.infrastructure;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;

/** Reads one page of a JPQL query in exactly two statements: a count and a limited select. */
final class PagedQuery {

    private PagedQuery() {
    }

    static <T> Page<T> page(EntityManager entityManager, String countJpql, String selectJpql,
            Class<T> type, PageRequest request) {
        long total = entityManager.createQuery(countJpql, Long.class).getSingleResult();
        List<T> items = entityManager.createQuery(selectJpql, type)
                .setFirstResult(request.offset())
                .setMaxResults(request.size())
                .getResultList();
        return Page.of(items, request, total);
    }
}
