package org.fabrique.prospective.application;

import java.time.Instant;
import org.fabrique.prospective.domain.AmendmentStatus;
import org.fabrique.prospective.domain.Chapter;

public record AmendmentView(long id, PersonName author, Chapter chapter, AmendmentStatus status, String passage,
        String proposedText, String rationale, int amendedVersion, Instant proposedAt, String modifiedText,
        Instant decidedAt, long version) {
}
