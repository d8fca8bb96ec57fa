package org.fabrique.web.faces;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A PrimeFaces table model that asks the database for one page at a time (a count and a limited
 * select), whatever the number of rows.
 */
public class PagedModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    private final transient Function<PageRequest, Page<T>> source;
    private final transient Function<T, Object> key;
    private transient Page<T> last;

    public PagedModel(Function<PageRequest, Page<T>> source, Function<T, Object> key) {
        this.source = source;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return last == null ? 0 : (int) last.total();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        int size = Math.max(1, Math.min(pageSize, PageRequest.MAX_SIZE));
        last = source.apply(new PageRequest(first / size, size));
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
