package org.fabrique.core.application;

import java.time.LocalDate;
import java.util.Objects;
import org.fabrique.core.domain.ResourceRef;

/** One thing waiting for someone: what it is (already in their language), where to act, and by when. */
public record PendingItem(String title, String path, ResourceRef subject, LocalDate due) {

    public PendingItem {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(path, "path");
    }
}
