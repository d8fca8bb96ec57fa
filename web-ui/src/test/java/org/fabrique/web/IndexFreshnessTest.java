package org.fabrique.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.fabrique.core.infrastructure.IndexMarker;
import org.fabrique.web.startup.IndexFreshnessRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When a start keeps the search index, and the marker file it reads. */
class IndexFreshnessTest {

    private static final Optional<IndexMarker.Content> MARKER = Optional.of(new IndexMarker.Content("s1", "f1"));

    @Test
    void the_index_is_kept_only_when_the_marker_matches_the_database_and_the_mapping() {
        assertThat(IndexFreshnessRules.reasonToRebuild(MARKER, Optional.of("s1"), "f1", false)).isNull();
        assertThat(IndexFreshnessRules.reasonToRebuild(MARKER, Optional.of("s1"), "f1", true)).contains("migrated or seeded");
        assertThat(IndexFreshnessRules.reasonToRebuild(Optional.empty(), Optional.of("s1"), "f1", false)).contains("no marker");
        assertThat(IndexFreshnessRules.reasonToRebuild(MARKER, Optional.of("s0"), "f1", false)).contains("restored");
        assertThat(IndexFreshnessRules.reasonToRebuild(MARKER, Optional.empty(), "f1", false)).contains("restored");
        assertThat(IndexFreshnessRules.reasonToRebuild(MARKER, Optional.of("s1"), "f2", false)).contains("indexes differently");
    }

    @Test
    void the_marker_is_written_whole_read_back_and_removed(@TempDir Path root) throws Exception {
        IndexMarker marker = new IndexMarker(root.resolve("index"));
        assertThat(marker.read()).isEmpty();
        marker.write(new IndexMarker.Content("abc", "def"));
        assertThat(marker.read()).contains(new IndexMarker.Content("abc", "def"));
        marker.remove();
        assertThat(marker.read()).isEmpty();
        Files.writeString(root.resolve("index/fabrique-index.properties"), "stamp=abc\n");
        assertThat(marker.read()).as("a marker without its fingerprint is no marker").isEmpty();
    }
}
