package org.fabrique.core.infrastructure;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;
import org.fabrique.core.domain.SortKey;

/** Reads one page of a JPQL query in two statements, a count and a limited select, or three ({@link #pageOfIds}). */
public final class PagedQuery {

    private PagedQuery() {
    }

    /**
     * The JPQL {@code order by} of a list sorted by these keys, each field mapped to its path, then by the tie-breaking
     * paths (which make the order total, so that pages neither repeat nor skip a row).
     *
     * @throws IllegalArgumentException for a field without a path: the caller checks what it accepts first
     */
    public static String orderBy(List<SortKey> keys, Map<String, String> paths, String tieBreak) {
        StringBuilder order = new StringBuilder(" order by ");
        for (SortKey key : keys) {
            String path = paths.get(key.field());
            if (path == null) {
                throw new IllegalArgumentException("no sort on " + key.field());
            }
            order.append(path).append(key.ascending() ? " asc, " : " desc, ");
        }
        return order.append(tieBreak).toString();
    }

    /**
     * A JPQL expression that sorts an enum path in the order given (not the alphabetical order of the stored names):
     * the first value first, the others and null after them all.
     */
    @SafeVarargs
    public static <E extends Enum<E>> String inOrder(String path, E... values) {
        StringBuilder order = new StringBuilder("case ").append(path);
        for (int i = 0; i < values.length; i++) {
            order.append(" when ").append(values[i].getDeclaringClass().getName()).append('.').append(values[i].name())
                    .append(" then ").append(i);
        }
        return order.append(" else ").append(values.length).append(" end").toString();
    }

    /** A text to find anywhere in a value with {@code like ... escape '!'}: lower case, its wildcards escaped. */
    public static String containing(String text) {
        return "%" + text.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    public static <T> Page<T> page(EntityManager entityManager, String countJpql, String selectJpql,
            Class<T> type, PageRequest request) {
        return page(entityManager, countJpql, selectJpql, Map.of(), type, request);
    }

    public static <T> Page<T> page(EntityManager entityManager, String countJpql, String selectJpql,
            Map<String, ?> parameters, Class<T> type, PageRequest request) {
        return page(entityManager, countJpql, selectJpql, parameters, Map.of(), type, request);
    }

    /**
     * One page in three statements, for wide rows under a narrow filter and order: the count, the page's ids (which
     * the database sorts and limits from an index without reading the rows), then those rows, instead of reading,
     * joining and sorting every matching row to keep a page of them. Strict JPQL has no limit in a subquery,
     * hence the ids' own statement.
     *
     * @param idsJpql  the ids' select, with the count's where and the list's order by
     * @param rowsJpql the rows' select with {@code x.id in :ids} and the same order by, on its own alias
     */
    public static <T> Page<T> pageOfIds(EntityManager entityManager, String countJpql, String idsJpql, String rowsJpql,
            Map<String, ?> parameters, Class<T> type, PageRequest request) {
        TypedQuery<Long> count = entityManager.createQuery(countJpql, Long.class);
        TypedQuery<Long> ids = entityManager.createQuery(idsJpql, Long.class);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            ids.setParameter(name, value);
        });
        long total = count.getSingleResult();
        List<Long> page = ids.setFirstResult(request.offset()).setMaxResults(request.size()).getResultList();
        List<T> items = page.isEmpty() ? List.of()
                : entityManager.createQuery(rowsJpql, type).setParameter("ids", page).getResultList();
        return Page.of(items, request, total);
    }

    /** The same, with parameters only the select takes (its order's, say). */
    public static <T> Page<T> page(EntityManager entityManager, String countJpql, String selectJpql,
            Map<String, ?> parameters, Map<String, ?> selectParameters, Class<T> type, PageRequest request) {
        TypedQuery<Long> count = entityManager.createQuery(countJpql, Long.class);
        TypedQuery<T> select = entityManager.createQuery(selectJpql, type);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            select.setParameter(name, value);
        });
        selectParameters.forEach(select::setParameter);
        long total = count.getSingleResult();
        List<T> items = select.setFirstResult(request.offset()).setMaxResults(request.size()).getResultList();
        return Page.of(items, request, total);
    }
}
