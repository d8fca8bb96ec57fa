package org.fabrique.prospective.application;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.fabrique.prospective.domain.Chapter;
import org.fabrique.prospective.domain.VersionDiff;

public record DiffView(int from, int to, VersionDiff.Granularity granularity, List<ChapterDiff> chapters) {
    static DiffView of(VersionDiff diff) {
        Map<Chapter, List<VersionDiff.Segment>> byChapter = diff.chapters();
        return new DiffView(diff.from(), diff.to(), diff.granularity(), Arrays.stream(Chapter.values())
                .map(c -> new ChapterDiff(c, diff.changed(c), byChapter.get(c))).toList());
    }
}
