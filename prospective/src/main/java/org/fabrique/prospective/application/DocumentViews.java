package org.fabrique.prospective.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.fabrique.prospective.domain.ActionStatus;
import org.fabrique.prospective.domain.AmendmentStatus;
import org.fabrique.prospective.domain.Chapter;
import org.fabrique.prospective.domain.ChapterTexts;
import org.fabrique.prospective.domain.VersionDiff;

/** What the reference document, amendment and action-plan services answer. */
public final class DocumentViews {

    private DocumentViews() {
    }

    /** A person as the group knows them. */
    public record PersonName(long personId, String displayName) {
    }

    /** One chapter's text. */
    public record ChapterText(Chapter chapter, String text) {
        static List<ChapterText> of(ChapterTexts texts) {
            return Arrays.stream(Chapter.values()).map(c -> new ChapterText(c, texts.text(c))).toList();
        }
    }

    public record VersionSummary(int number, PersonName submittedBy, Instant submittedAt) {
    }

    /** A version with the full text of its five chapters. */
    public record VersionText(int number, PersonName submittedBy, Instant submittedAt, List<ChapterText> chapters) {
    }

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

    public record AmendmentView(long id, PersonName author, Chapter chapter, AmendmentStatus status, String passage,
            String proposedText, String rationale, int amendedVersion, Instant proposedAt, String modifiedText,
            Instant decidedAt, long version) {
    }

    /** One chapter of a comparison: whether it changed, and its segments in order. */
    public record ChapterDiff(Chapter chapter, boolean changed, List<VersionDiff.Segment> segments) {
    }

    public record DiffView(int from, int to, VersionDiff.Granularity granularity, List<ChapterDiff> chapters) {
        static DiffView of(VersionDiff diff) {
            Map<Chapter, List<VersionDiff.Segment>> byChapter = diff.chapters();
            return new DiffView(diff.from(), diff.to(), diff.granularity(), Arrays.stream(Chapter.values())
                    .map(c -> new ChapterDiff(c, diff.changed(c), byChapter.get(c))).toList());
        }
    }

    /** An action of the plan; {@code mayUpdate} when the caller may say where it stands now. */
    public record ActionView(long id, String recommendation, String title, long directorateId, String directorateName,
            String pilot, LocalDate deadline, ActionStatus status, int progress, long version, boolean mayUpdate) {
    }
}
