package org.fabrique.web.api;

import java.util.List;
import java.util.function.Function;
import org.fabrique.core.domain.Page;

/** A page of a list, as every list of the API answers: {@code {"items","page","size","total"}}. */
public record PageView<T>(List<T> items, int page, int size, long total) {

    public static <S, T> PageView<T> of(Page<S> page, Function<S, T> mapper) {
        return new PageView<>(page.items().stream().map(mapper).toList(), page.page(), page.size(), page.total());
    }

    public static <T> PageView<T> of(Page<T> page) {
        return new PageView<>(page.items(), page.page(), page.size(), page.total());
    }
}
