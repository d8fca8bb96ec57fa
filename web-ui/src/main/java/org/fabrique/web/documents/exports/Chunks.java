package org.fabrique.web.documents.exports;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;

/**
 * Every item of a paged list, read page by page ({@value #SIZE} at a time) as the stream is consumed,
 * so that an export holds one page in memory and issues one page's queries at a time. The first page
 * is read at once: a caller who may not see the list is refused before any byte is written.
 */
public final class Chunks {

    public static final int SIZE = PageRequest.MAX_SIZE;

    private Chunks() {
    }

    public static <T> Stream<T> all(Function<PageRequest, Page<T>> source) {
        return all(source, SIZE);
    }

    static <T> Stream<T> all(Function<PageRequest, Page<T>> source, int size) {
        Page<T> first = source.apply(new PageRequest(0, size));
        Iterator<T> items = new Iterator<>() {
            private Page<T> page = first;
            private int index;

            @Override
            public boolean hasNext() {
                if (index < page.items().size()) {
                    return true;
                }
                long read = (long) page.page() * size + page.items().size();
                if (page.items().isEmpty() || read >= page.total()) {
                    return false;
                }
                page = source.apply(new PageRequest(page.page() + 1, size));
                index = 0;
                return !page.items().isEmpty();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return page.items().get(index++);
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(items, Spliterator.ORDERED), false);
    }
}
