package org.fabrique.web.faces;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;
import org.fabrique.core.domain.SortKey;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A PrimeFaces table model that asks the database for one page at a time (a count and a limited
 * select), whatever the number of rows.
 */
public class PagedModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    private final transient BiFunction<List<SortKey>, PageRequest, Page<T>> source;
    private final transient Function<T, Object> key;
    private transient Page<T> last;

    /** A list in the one order its source gives. */
    public PagedModel(Function<PageRequest, Page<T>> source, Function<T, Object> key) {
        this((sort, request) -> source.apply(request), key);
    }

    /**
     * A list the reader sorts by its columns: each sortable column's {@code field} is a sort field of the source,
     * which sorts in the database.
     */
    public PagedModel(BiFunction<List<SortKey>, PageRequest, Page<T>> source, Function<T, Object> key) {
        this.source = source;
        this.key = key;
    }

    /**
     * A list the reader sorts by the columns whose {@code field} is one of {@code fields}; a sort on any other column
     * is left out rather than sent to the source.
     */
    public static <T> PagedModel<T> sortedBy(Set<String> fields, BiFunction<List<SortKey>, PageRequest, Page<T>> source,
            Function<T, Object> key) {
        return new PagedModel<>((sort, request) -> source.apply(
                sort.stream().filter(k -> fields.contains(k.field())).toList(), request), key);
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return last == null ? 0 : (int) last.total();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        int size = Math.max(1, Math.min(pageSize, PageRequest.MAX_SIZE));
        List<SortKey> sort = new ArrayList<>();
        if (sortBy != null) {
            sortBy.values().stream().filter(meta -> meta.getOrder() != null && !meta.getOrder().isUnsorted())
                    .sorted(Comparator.comparingInt(SortMeta::getPriority))
                    .forEach(meta -> sort.add(new SortKey(meta.getField(), meta.getOrder().isAscending())));
        }
        last = source.apply(sort, new PageRequest(first / size, size));
        setRowCount((int) last.total());
        return last.items();
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.apply(row));
    }

    @Override
    public T getRowData(String rowKey) {
        if (last == null) {
            return null;
        }
        return last.items().stream().filter(r -> getRowKey(r).equals(rowKey)).findFirst().orElse(null);
    }
}
