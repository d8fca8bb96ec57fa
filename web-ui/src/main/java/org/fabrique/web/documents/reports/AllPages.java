package org.fabrique.web.documents.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;

/** Every item of a paged list, read a page of the largest size at a time: one statement per 500 items. */
final class AllPages {

    private AllPages() {
    }

    static <T> List<T> of(Function<PageRequest, Page<T>> source) {
        List<T> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            Page<T> read = source.apply(new PageRequest(page, PageRequest.MAX_SIZE));
            all.addAll(read.items());
            if (read.items().size() < PageRequest.MAX_SIZE || all.size() >= read.total()) {
                return all;
            }
        }
    }
}
