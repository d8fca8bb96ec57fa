package org.fabrique.core.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/**
 * A reference to a record of any module, by kind and id, written {@code WORKSHOP:12}. Modules point at
 * each other's records with it, never with a JPA relation. Stored in the columns {@code resource_kind}
 * and {@code resource_id} unless overridden with {@code @AttributeOverride}.
 */
@Embeddable
public class ResourceRef {

    private static final char SEPARATOR = ':';

    @Enumerated(EnumType.STRING)
    @Column(name = "resource_kind", length = 40)
    private ResourceKind kind;

    @Column(name = "resource_id")
    private long id;

    protected ResourceRef() {
        // for JPA
    }

    public ResourceRef(ResourceKind kind, long id) {
        this.kind = Objects.requireNonNull(kind, "kind is required");
        if (id <= 0) {
            throw new IllegalArgumentException("id must be positive, got " + id);
        }
        this.id = id;
    }

    /**
     * Reads a reference written by {@link #toString()}, such as {@code WORKSHOP:12}.
     *
     * @throws IllegalArgumentException when the text is null or not a kind, a colon and a positive id
     */
    public static ResourceRef parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("resource reference is required");
        }
        int separator = text.indexOf(SEPARATOR);
        if (separator < 0 || separator != text.lastIndexOf(SEPARATOR)) {
            throw new IllegalArgumentException("resource reference must look like KIND:id, got '" + text + "'");
        }
        ResourceKind kind;
        try {
            kind = ResourceKind.valueOf(text.substring(0, separator));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown resource kind in '" + text + "'", e);
        }
        String digits = text.substring(separator + 1);
        if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("resource id must be a positive number in '" + text + "'");
        }
        try {
            return new ResourceRef(kind, Long.parseLong(digits));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("resource id is too large in '" + text + "'", e);
        }
    }

    public ResourceKind kind() {
        return kind;
    }

    public long id() {
        return id;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ResourceRef that && kind == that.kind && id == that.id;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, id);
    }

    /** {@code KIND:id}, for example {@code WORKSHOP:12}; {@link #parse(String)} reads it back. */
    @Override
    public String toString() {
        return kind.name() + SEPARATOR + id;
    }
}
