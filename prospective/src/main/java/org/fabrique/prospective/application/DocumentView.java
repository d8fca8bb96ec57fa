package org.fabrique.prospective.application;

import java.time.Instant;
import java.util.List;

/**
 * The document as its members and the pôle read it: the draft the committee is writing, the versions
 * submitted, the adoption if any and the recommendations of the adopted version; {@code version} is the
 * one to send with a change. {@code open} while versions and amendments are taken (not adopted, the workshop in
 * its scenario sequence), {@code mayOrganise} when the caller is one of its organisers (the president, the pôle),
 * {@code mayWriteDraft} when the caller writes the draft (the pôle, while the document is open).
 */
public record DocumentView(long workshopId, List<ChapterText> draft, List<VersionSummary> versions,
        Integer adoptedVersion, Instant adoptedAt, List<String> recommendations, long undecidedAmendments,
        long version, boolean open, boolean mayOrganise, boolean mayWriteDraft) {
}
