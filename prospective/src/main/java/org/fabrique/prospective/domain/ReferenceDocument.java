package org.fabrique.prospective.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.fabrique.core.domain.StateConflict;
import org.hibernate.envers.Audited;

/**
 * A workshop's reference document (le référentiel): the draft its organising committee writes, the
 * numbered versions the president submits to the group, and its adoption by consensus. Amendments
 * ({@link Amendment}) are decided through it, so that an accepted one is integrated into the draft of
 * the next version. Everything but adoption happens while the workshop is in its scenario sequence.
 */
@Entity
@Table(name = "prospective_document")
public class ReferenceDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Audited
    @Column(nullable = false, unique = true)
    private long workshopId;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "issues", column = @Column(name = "draft_issues", nullable = false, length = ChapterTexts.MAX_LENGTH)),
            @AttributeOverride(name = "positioning", column = @Column(name = "draft_positioning", nullable = false, length = ChapterTexts.MAX_LENGTH)),
            @AttributeOverride(name = "specificChoices", column = @Column(name = "draft_specific_choices", nullable = false, length = ChapterTexts.MAX_LENGTH)),
            @AttributeOverride(name = "recommendations", column = @Column(name = "draft_recommendations", nullable = false, length = ChapterTexts.MAX_LENGTH)),
            @AttributeOverride(name = "conditionsOfSuccess", column = @Column(name = "draft_conditions_of_success", nullable = false, length = ChapterTexts.MAX_LENGTH))
    })
    private ChapterTexts draft = ChapterTexts.empty();

    @OneToMany(mappedBy = "document", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    private List<DocumentVersion> versions = new ArrayList<>();

    @Audited
    private Instant adoptedAt;

    @Audited
    private Integer adoptedVersion;

    @Audited
    private Long adoptedBy;

    protected ReferenceDocument() {
        // for JPA
    }

    public ReferenceDocument(long workshopId) {
        this.workshopId = workshopId;
    }

    /** The organising committee writes (or rewrites) the draft of the next version. */
    public void writeDraft(Workshop workshop, ChapterTexts texts) {
        requireOpen(workshop);
        this.draft = Objects.requireNonNull(texts, "texts is required");
    }

    /**
     * The draft becomes version n+1, submitted to the group.
     *
     * @throws StateConflict {@code prospective.document.draftEmpty}, {@code prospective.document.unchanged} when it
     *                       says what the latest version says
     */
    public DocumentVersion submit(Workshop workshop, long byPersonId, Instant at) {
        requireOpen(workshop);
        if (draft.isEmpty()) {
            throw new StateConflict("prospective.document.draftEmpty");
        }
        if (latest().map(v -> v.getChapters().equals(draft)).orElse(false)) {
            throw new StateConflict("prospective.document.unchanged");
        }
        DocumentVersion submitted = new DocumentVersion(this, versions.size() + 1, draft, byPersonId, at);
        versions.add(submitted);
        return submitted;
    }

    /** Amendments are proposed on a submitted version, in the scenario sequence, until adoption. */
    public void requireOpenForAmendments(Workshop workshop) {
        requireOpen(workshop);
        if (versions.isEmpty()) {
            throw new StateConflict("prospective.amendment.noVersion");
        }
    }

    /**
     * The group's decision on an amendment, recorded by the pôle or the president; an accepted one (as
     * proposed or as modified) replaces its passage in the draft of the next version when the draft holds it.
     */
    public void decide(Workshop workshop, Amendment amendment, AmendmentStatus decision, String modifiedText,
            long byPersonId, Instant at) {
        requireOpen(workshop);
        if (amendment.getWorkshopId() != workshopId) {
            throw new IllegalArgumentException("the amendment is not on this document");
        }
        amendment.decide(decision, modifiedText, byPersonId, at);
        amendment.integratedText().ifPresent(text -> draft = draft.replacing(amendment.getChapter(), amendment.getPassage(), text));
    }

    /**
     * The group adopts its latest version by consensus; the workshop moves on to {@link WorkshopStatus#ADOPTED}.
     *
     * @param undecidedAmendments how many amendments still await the group's decision
     * @throws StateConflict {@code prospective.document.noVersion}, {@code prospective.document.undecided},
     *                       {@code prospective.document.draftNotSubmitted} when the draft holds changes not submitted
     */
    public void adopt(Workshop workshop, long undecidedAmendments, long byPersonId, Instant at) {
        requireOpen(workshop);
        DocumentVersion last = latest().orElseThrow(() -> new StateConflict("prospective.document.noVersion"));
        if (undecidedAmendments > 0) {
            throw new StateConflict("prospective.document.undecided");
        }
        if (!last.getChapters().equals(draft)) {
            throw new StateConflict("prospective.document.draftNotSubmitted");
        }
        this.adoptedAt = Objects.requireNonNull(at, "at is required");
        this.adoptedVersion = last.getNumber();
        this.adoptedBy = byPersonId;
        workshop.advance();
    }

    /** Whether versions, drafts and amendments are still taken: not adopted, and the workshop in its scenario sequence. */
    public boolean isOpenIn(Workshop workshop) {
        return !isAdopted() && workshop.getStatus() == WorkshopStatus.SCENARIO;
    }

    private void requireOpen(Workshop workshop) {
        if (workshop.getId() != null && workshop.getId() != workshopId) {
            throw new IllegalArgumentException("not this document's workshop");
        }
        if (isAdopted()) {
            throw new StateConflict("prospective.document.adopted");
        }
        if (workshop.getStatus() != WorkshopStatus.SCENARIO) {
            throw new StateConflict("prospective.document.notScenario");
        }
    }

    /** Two versions compared, chapter by chapter. */
    public VersionDiff compare(int from, int to, VersionDiff.Granularity granularity) {
        return VersionDiff.between(number(from), number(to), granularity);
    }

    private DocumentVersion number(int number) {
        return version(number).orElseThrow(() -> new IllegalArgumentException("no version " + number));
    }

    public Optional<DocumentVersion> version(int number) {
        return versions.stream().filter(v -> v.getNumber() == number).findFirst();
    }

    public Optional<DocumentVersion> latest() {
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    /** The recommendations of chapter 4 of the adopted version, one per paragraph; none before adoption. */
    public List<String> adoptedRecommendations() {
        return isAdopted() ? number(adoptedVersion).getChapters().paragraphs(Chapter.RECOMMENDATIONS) : List.of();
    }

    public boolean isAdopted() {
        return adoptedAt != null;
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public long getWorkshopId() { return workshopId; }
    public ChapterTexts getDraft() { return draft; }
    public List<DocumentVersion> getVersions() { return Collections.unmodifiableList(versions); }
    public Instant getAdoptedAt() { return adoptedAt; }
    public Integer getAdoptedVersion() { return adoptedVersion; }
    public Long getAdoptedBy() { return adoptedBy; }
}
