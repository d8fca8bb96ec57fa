package org.fabrique.web.startup;

import java.util.Optional;
import org.fabrique.core.infrastructure.IndexMarker;

/** The rule of {@link IndexFreshness}: when a start may keep the search index. */
public final class IndexFreshnessRules {

    private IndexFreshnessRules() {
    }

    /** Why the index must be rebuilt, or null when it may be kept. */
    public static String reasonToRebuild(Optional<IndexMarker.Content> marker, Optional<String> stored, String fingerprint,
            boolean migratedOrSeeded) {
        if (migratedOrSeeded) {
            return "this start migrated or seeded the database";
        }
        if (marker.isEmpty()) {
            return "no marker of a clean stop beside the index (first start, crash, or index removed)";
        }
        if (stored.isEmpty() || !stored.get().equals(marker.get().stamp())) {
            return "the database is not the one the index was closed with (restored, replaced or another one)";
        }
        if (!marker.get().fingerprint().equals(fingerprint)) {
            return "this release indexes differently";
        }
        return null;
    }
}
