package org.fabrique.prospective.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.fabrique.core.domain.Invariants;
import org.fabrique.core.domain.StateConflict;
import org.hibernate.envers.Audited;

/**
 * A member's amendment to a chapter of the reference document: the passage it targets, the text it
 * proposes and why. The group decides it (accepted, accepted as modified, rejected) or its author
 * withdraws it while it is undecided. Confidential, as its author is, to the members and the pôle.
 */
@Entity
@Table(name = "prospective_amendment")
public class Amendment {

    public static final int PASSAGE_MAX_LENGTH = 2000;
    public static final int TEXT_MAX_LENGTH = 4000;
    public static final int RATIONALE_MAX_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Audited
    @Column(nullable = false)
    private long workshopId;

    /** The number of the version it was proposed on. */
    @Audited
    @Column(nullable = false)
    private int amendedVersion;

    @Audited
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Chapter chapter;

    @Column(nullable = false, length = PASSAGE_MAX_LENGTH)
    private String passage;

    @Column(nullable = false, length = TEXT_MAX_LENGTH)
    private String proposedText;

    @Column(nullable = false, length = RATIONALE_MAX_LENGTH)
    private String rationale;

    @Column(nullable = false)
    private long authorPersonId;

    @Column(nullable = false)
    private Instant proposedAt;

    @Audited
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private AmendmentStatus status = AmendmentStatus.PROPOSED;

    /** The text the group retained when it accepted the amendment as modified. */
    @Audited
    @Column(length = TEXT_MAX_LENGTH)
    private String modifiedText;

    @Audited
    private Long decidedBy;

    @Audited
    private Instant decidedAt;

    protected Amendment() {
        // for JPA
    }

    private Amendment(long workshopId, int amendedVersion, Chapter chapter, String passage, String proposedText,
            String rationale, long authorPersonId, Instant proposedAt) {
        this.workshopId = workshopId;
        this.amendedVersion = amendedVersion;
        this.chapter = Objects.requireNonNull(chapter, "chapter is required");
        this.passage = Invariants.requiredText(passage, "passage", PASSAGE_MAX_LENGTH);
        this.proposedText = Invariants.requiredText(proposedText, "proposedText", TEXT_MAX_LENGTH);
        this.rationale = Invariants.requiredText(rationale, "rationale", RATIONALE_MAX_LENGTH);
        this.authorPersonId = authorPersonId;
        this.proposedAt = Objects.requireNonNull(proposedAt, "proposedAt is required");
    }

    /**
     * A member who has acknowledged the charter proposes an amendment to the latest submitted version.
     *
     * @throws StateConflict {@code prospective.notMember}, {@code prospective.charter.notAcknowledged},
     *                       or what {@link ReferenceDocument#requireOpenForAmendments} refuses
     */
    public static Amendment propose(Workshop workshop, ReferenceDocument document, long authorPersonId, Chapter chapter,
            String passage, String proposedText, String rationale, Instant at) {
        Membership member = workshop.member(authorPersonId).orElseThrow(() -> new StateConflict("prospective.notMember"));
        if (!member.hasAcknowledgedCharter()) {
            throw new StateConflict("prospective.charter.notAcknowledged");
        }
        document.requireOpenForAmendments(workshop);
        int amended = document.latest().orElseThrow().getNumber();
        return new Amendment(document.getWorkshopId(), amended, chapter, passage, proposedText, rationale,
                authorPersonId, at);
    }

    /** Through {@link ReferenceDocument#decide}, which checks the document is still open. */
    void decide(AmendmentStatus decision, String text, long byPersonId, Instant at) {
        requireUndecided();
        if (decision == null || !decision.isDecision()) {
            throw new StateConflict("prospective.amendment.notADecision");
        }
        if (decision == AmendmentStatus.ACCEPTED_AS_MODIFIED) {
            if (text == null || text.isBlank()) {
                throw new StateConflict("prospective.amendment.modifiedTextRequired");
            }
            this.modifiedText = Invariants.requiredText(text, "modifiedText", TEXT_MAX_LENGTH);
        }
        this.status = decision;
        this.decidedBy = byPersonId;
        this.decidedAt = Objects.requireNonNull(at, "at is required");
    }

    /**
     * Its author withdraws it while the group has not decided it.
     *
     * @throws StateConflict {@code prospective.amendment.notAuthor}, {@code prospective.amendment.decided}
     */
    public void withdraw(long byPersonId, Instant at) {
        if (byPersonId != authorPersonId) {
            throw new StateConflict("prospective.amendment.notAuthor");
        }
        requireUndecided();
        this.status = AmendmentStatus.WITHDRAWN;
        this.decidedBy = byPersonId;
        this.decidedAt = Objects.requireNonNull(at, "at is required");
    }

    private void requireUndecided() {
        if (status != AmendmentStatus.PROPOSED) {
            throw new StateConflict("prospective.amendment.decided");
        }
    }

    /** The text that enters the document: the proposed one if accepted, the modified one if accepted as modified. */
    public Optional<String> integratedText() {
        return switch (status) {
            case ACCEPTED -> Optional.of(proposedText);
            case ACCEPTED_AS_MODIFIED -> Optional.of(modifiedText);
            default -> Optional.empty();
        };
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public long getWorkshopId() { return workshopId; }
    public int getAmendedVersion() { return amendedVersion; }
    public Chapter getChapter() { return chapter; }
    public String getPassage() { return passage; }
    public String getProposedText() { return proposedText; }
    public String getRationale() { return rationale; }
    public long getAuthorPersonId() { return authorPersonId; }
    public Instant getProposedAt() { return proposedAt; }
    public AmendmentStatus getStatus() { return status; }
    public String getModifiedText() { return modifiedText; }
    public Long getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
}
