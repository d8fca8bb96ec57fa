package org.fabrique.core.infrastructure;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Map;
import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;

/** Reads one page of a JPQL query in exactly two statements: a count and a limited select. */
public final class PagedQuery {

    private PagedQuery() {
    }

    public static <T> Page<T> page(EntityManager entityManager, String countJpql, String selectJpql,
            Class<T> type, PageRequest request) {
        return page(entityManager, countJpql, selectJpql, Map.of(), type, request);
    }

    public static <T> Page<T> page(EntityManager entityManager, String countJpql, String selectJpql,
            Map<String, ?> parameters, Class<T> type, PageRequest request) {
        TypedQuery<Long> count = entityManager.createQuery(countJpql, Long.class);
        TypedQuery<T> select = entityManager.createQuery(selectJpql, type);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            select.setParameter(name, value);
        });
        long total = count.getSingleResult();
        List<T> items = select.setFirstResult(request.offset()).setMaxResults(request.size()).getResultList();
        return Page.of(items, request, total);
    }
}
