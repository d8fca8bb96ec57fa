package org.fabrique.prospective.application;

import java.time.Instant;
import java.util.List;

/** A version with the full text of its five chapters. */
public record VersionText(int number, PersonName submittedBy, Instant submittedAt, List<ChapterText> chapters) {
}
