package org.fabrique.core.search;

import java.io.Serializable;
import java.util.Objects;

/**
 * A kind of record a search finds, as the mission that holds it declares it: its name (the API's
 * {@code ?kind=} and the key of its label, {@code search.kind.NAME}), its place among the groups of results
 * (lower first) and the page its records are read on, given {@code ?id=}.
 */
public record SearchKind(String name, int order, String page) implements Serializable {

    public SearchKind {
        Objects.requireNonNull(name, "name is required");
        Objects.requireNonNull(page, "page is required");
        if (!name.matches("[A-Z][A-Z_]*")) {
            throw new IllegalArgumentException("a kind's name is upper-case letters and underscores, got " + name);
        }
        if (!page.startsWith("/")) {
            throw new IllegalArgumentException("a kind's page is a path in the application, got " + page);
        }
    }
}
