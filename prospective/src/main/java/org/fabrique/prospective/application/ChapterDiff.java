package org.fabrique.prospective.application;

import java.util.List;
import org.fabrique.prospective.domain.Chapter;
import org.fabrique.prospective.domain.VersionDiff;

/** One chapter of a comparison: whether it changed, and its segments in order. */
public record ChapterDiff(Chapter chapter, boolean changed, List<VersionDiff.Segment> segments) {
}
