package org.fabrique.core.domain;

/**
 * Which page of a list to read: {@code page} counts from 0, {@code size} is 1 to {@value #MAX_SIZE}.
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;

    public PageRequest {
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 or more, got " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE + ", got " + size);
        }
        if ((long) page * size > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("page " + page + " is too far for a size of " + size);
        }
    }

    /** A request from optional parameters (such as query parameters): page 0 and size 50 by default. */
    public static PageRequest of(Integer page, Integer size) {
        return new PageRequest(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
    }

    /** The index of the page's first item. */
    public int offset() {
        return page * size;
    }
}
