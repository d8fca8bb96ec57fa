package org.fabrique.core.domain;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** One page of a list: its items, where it is ({@code page}, {@code size}) and how many items in all. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public Page {
        items = List.copyOf(Objects.requireNonNull(items, "items is required"));
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 or more, got " + page);
        }
        if (size < 1) {
            throw new IllegalArgumentException("size must be 1 or more, got " + size);
        }
        if (total < 0) {
            throw new IllegalArgumentException("total must be 0 or more, got " + total);
        }
    }

    public static <T> Page<T> of(List<T> items, PageRequest request, long total) {
        return new Page<>(items, request.page(), request.size(), total);
    }

    /** The same page with every item transformed, for instance into a view. */
    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        Objects.requireNonNull(mapper, "mapper is required");
        List<R> mapped = items.stream().<R>map(mapper).toList();
        return new Page<>(mapped, page, size, total);
    }
}
