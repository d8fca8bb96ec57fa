package org.fabrique.web.faces;

import java.io.Serializable;
import java.util.function.Function;
import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;

/**
 * A page's pager over one of its lists, read in the database a page at a time: the page asked for in the address
 * (from 0; beyond {@value #LAST_PAGE} a typo, past the last page the last one), then where the rows shown sit in
 * the whole list, for the "{first} to {last} of {total}" line and the previous and next links.
 */
public final class PageWindow implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Beyond this a page number is a typo. */
    static final int LAST_PAGE = 1000;

    private final int size;
    private int page;
    private long total;
    private int shown;

    /** A pager of {@code size} rows a page, before any read: page 0 of nothing. */
    public PageWindow(int size) {
        if (size < 1 || size > PageRequest.MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + PageRequest.MAX_SIZE + ", got " + size);
        }
        this.size = size;
    }

    /** Reads page {@code requested} of a list through {@code reader}; past the last page, the last one. */
    public <T> Page<T> read(int requested, Function<PageRequest, Page<T>> reader) {
        return read(requested, reader, Function.identity());
    }

    /**
     * Reads page {@code requested} through {@code reader}, whose answer holds the list's page ({@code pageOf}):
     * a programme with a page of its projects, say. Past the last page (an address kept while the list shrank),
     * it reads the last one instead.
     */
    public <R> R read(int requested, Function<PageRequest, R> reader, Function<? super R, ? extends Page<?>> pageOf) {
        page = Math.max(0, Math.min(requested, LAST_PAGE));
        R answer = reader.apply(new PageRequest(page, size));
        Page<?> read = pageOf.apply(answer);
        if (read.items().isEmpty() && page > 0 && read.total() > 0) {
            page = (int) ((read.total() - 1) / size);
            answer = reader.apply(new PageRequest(page, size));
            read = pageOf.apply(answer);
        }
        total = read.total();
        shown = read.items().size();
        return answer;
    }

    /** The page shown, from 0. */
    public int getPage() {
        return page;
    }

    /** How many rows in the whole list. */
    public long getTotal() {
        return total;
    }

    /** The position of the page's first row, from 1; 0 when none is shown. */
    public long getFirst() {
        return shown == 0 ? 0 : (long) page * size + 1;
    }

    /** The position of the page's last row, from 1. */
    public long getLast() {
        return (long) page * size + shown;
    }

    /** Whether the list takes more than a page, so that a pager is shown. */
    public boolean isPaged() {
        return total > size;
    }

    /** Whether a page comes before this one. */
    public boolean isPrevious() {
        return page > 0;
    }

    /** Whether a page comes after this one. */
    public boolean isMore() {
        return (long) (page + 1) * size < total;
    }
}
