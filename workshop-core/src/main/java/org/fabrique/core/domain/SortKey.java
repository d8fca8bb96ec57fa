package org.fabrique.core.domain;

import java.util.Objects;

/** One key of a list's order: a field a person sorts by (as the list names it), ascending or descending. */
public record SortKey(String field, boolean ascending) {

    public SortKey {
        Objects.requireNonNull(field, "field");
    }
}
