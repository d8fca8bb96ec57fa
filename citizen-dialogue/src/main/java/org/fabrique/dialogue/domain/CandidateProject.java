package org.fabrique.dialogue.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.fabrique.core.domain.Invariants;
import org.fabrique.core.domain.StateConflict;
import org.fabrique.core.domain.TerritorialScale;
import org.fabrique.core.search.FrenchAnalysis;
import org.hibernate.envers.Audited;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;

/**
 * A project a directorate proposes for a programme (<i>projet candidat</i>). It is written as a draft,
 * submitted inside the programme's window, studied by the pôle, then arbitrated by elected officials;
 * until it is arbitrated its directorate may withdraw it.
 *
 * <pre>
 * DRAFT ──submit──> SUBMITTED ──recordFeasibility──> STUDIED ──arbitrate──> ARBITRATED
 *   └───────────────────┴──────────────withdraw───────────┴──> WITHDRAWN
 * </pre>
 */
@Entity
@Table(name = "dialogue_candidate")
@Indexed
public class CandidateProject {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "programme_id", nullable = false)
    private Programme programme;

    @GenericField
    @Column(nullable = false)
    private long directorateId;

    @Audited
    @FullTextField(analyzer = FrenchAnalysis.NAME)
    @Column(nullable = false, length = CandidateDraft.TITLE_MAX_LENGTH)
    private String title;

    @FullTextField(analyzer = FrenchAnalysis.NAME)
    @Column(length = CandidateDraft.LONG_TEXT_MAX_LENGTH)
    private String summary;

    private Long policyId;

    private Long sponsorPersonId;

    @Audited
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private TerritorialScale scale;

    private Long neighbourhoodId;

    @FullTextField(analyzer = FrenchAnalysis.NAME)
    @Column(length = CandidateDraft.LONG_TEXT_MAX_LENGTH)
    private String stakes;

    @FullTextField(analyzer = FrenchAnalysis.NAME)
    @Column(length = CandidateDraft.LONG_TEXT_MAX_LENGTH)
    private String levers;

    @Audited
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private ParticipationLevel participationLevel;

    @ElementCollection
    @CollectionTable(name = "dialogue_candidate_method", joinColumns = @JoinColumn(name = "candidate_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "method", nullable = false, length = 40)
    private Set<ParticipationMethod> methods = new HashSet<>();

    @Column(length = CandidateDraft.SHORT_TEXT_MAX_LENGTH)
    private String publics;

    @Column(length = CandidateDraft.SHORT_TEXT_MAX_LENGTH)
    private String calendar;

    @Audited
    @Column(precision = 12, scale = 2)
    private BigDecimal budget;

    @Audited
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CandidateStatus status;

    @Column(nullable = false, length = 40)
    private String createdBy;

    @Column(nullable = false)
    private Instant createdAt;

    private Instant submittedAt;

    private Instant withdrawnAt;

    @Audited
    @Embedded
    private FeasibilityStudy feasibility;

    @Audited
    @Embedded
    private Arbitration arbitration;

    protected CandidateProject() {
        // for JPA
    }

    /**
     * Writes a new draft for {@code directorateId} in an open programme.
     *
     * @throws StateConflict {@code dialogue.programme.notOpen} when the programme is validated or closed
     */
    public CandidateProject(Programme programme, long directorateId, CandidateDraft draft, String createdBy,
            Instant createdAt) {
        this.programme = Objects.requireNonNull(programme, "programme is required");
        this.directorateId = Invariants.requiredId(directorateId, "directorateId");
        Objects.requireNonNull(draft, "draft is required");
        this.createdBy = Invariants.username(createdBy, "createdBy");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt is required");
        programme.requireOpen();
        apply(draft);
        this.status = CandidateStatus.DRAFT;
    }

    /**
     * Replaces every editable field with the draft's.
     *
     * @throws StateConflict {@code dialogue.candidate.notDraft} once submitted
     */
    public void edit(CandidateDraft draft) {
        Objects.requireNonNull(draft, "draft is required");
        requireStatus(CandidateStatus.DRAFT, "dialogue.candidate.notDraft");
        apply(draft);
    }

    /**
     * Submits the draft to the pôle on {@code today}.
     *
     * @throws StateConflict {@code dialogue.candidate.notDraft} when it is not a draft,
     *                       {@code dialogue.submission.windowClosed} outside the programme's window,
     *                       {@code dialogue.submission.incomplete} when a field a submission requires is
     *                       empty ({@link CandidateDraft#missingForSubmission()})
     */
    public void submit(LocalDate today, Instant at) {
        Objects.requireNonNull(today, "today is required");
        Objects.requireNonNull(at, "submittedAt is required");
        requireStatus(CandidateStatus.DRAFT, "dialogue.candidate.notDraft");
        if (!programme.acceptsSubmissionsOn(today)) {
            throw new StateConflict("dialogue.submission.windowClosed");
        }
        if (!toDraft().isCompleteForSubmission()) {
            throw new StateConflict("dialogue.submission.incomplete");
        }
        this.status = CandidateStatus.SUBMITTED;
        this.submittedAt = at;
    }

    /**
     * Withdraws the candidate, at any stage before its arbitration.
     *
     * @throws StateConflict {@code dialogue.candidate.alreadyArbitrated} once arbitrated,
     *                       {@code dialogue.candidate.withdrawn} when already withdrawn
     */
    public void withdraw(Instant at) {
        Objects.requireNonNull(at, "withdrawnAt is required");
        requireNotWithdrawn();
        if (status == CandidateStatus.ARBITRATED) {
            throw new StateConflict("dialogue.candidate.alreadyArbitrated");
        }
        this.status = CandidateStatus.WITHDRAWN;
        this.withdrawnAt = at;
    }

    /**
     * Records the pôle's feasibility study of a submitted candidate; a later study replaces the earlier one.
     *
     * @throws StateConflict {@code dialogue.programme.notOpen} once the programme is validated,
     *                       {@code dialogue.candidate.withdrawn} when withdrawn,
     *                       {@code dialogue.candidate.notSubmitted} for a draft,
     *                       {@code dialogue.candidate.alreadyArbitrated} once arbitrated
     */
    public void recordFeasibility(FeasibilityStudy study) {
        Objects.requireNonNull(study, "study is required");
        programme.requireOpen();
        requireNotWithdrawn();
        if (status == CandidateStatus.DRAFT) {
            throw new StateConflict("dialogue.candidate.notSubmitted");
        }
        if (status == CandidateStatus.ARBITRATED) {
            throw new StateConflict("dialogue.candidate.alreadyArbitrated");
        }
        this.feasibility = study;
        this.status = CandidateStatus.STUDIED;
    }

    /**
     * Records the elected officials' decision on a studied candidate. The decision may be changed until the
     * programme is validated.
     *
     * @param reason required, at most 2000 characters
     * @throws StateConflict {@code dialogue.programme.validated} once the programme is validated or closed,
     *                       {@code dialogue.candidate.withdrawn} when withdrawn,
     *                       {@code dialogue.arbitration.noFeasibility} before a feasibility study
     */
    public void arbitrate(ArbitrationDecision decision, String reason, String by, Instant at) {
        Arbitration decided = new Arbitration(decision, reason, by, at);
        if (!programme.isOpen()) {
            throw new StateConflict("dialogue.programme.validated");
        }
        requireNotWithdrawn();
        if (getFeasibility() == null) {
            throw new StateConflict("dialogue.arbitration.noFeasibility");
        }
        if (status != CandidateStatus.STUDIED && status != CandidateStatus.ARBITRATED) {
            throw new StateConflict("dialogue.arbitration.notStudied");
        }
        this.arbitration = decided;
        this.status = CandidateStatus.ARBITRATED;
    }

    /** Whether {@link #edit} would accept a draft now. */
    public boolean isEditable() {
        return status == CandidateStatus.DRAFT;
    }

    /** Whether {@link #submit} could accept it on {@code today}, were it complete. */
    public boolean isSubmittableOn(LocalDate today) {
        return status == CandidateStatus.DRAFT && programme.acceptsSubmissionsOn(today);
    }

    /** Whether {@link #withdraw} would accept it now. */
    public boolean isWithdrawable() {
        return status != CandidateStatus.WITHDRAWN && status != CandidateStatus.ARBITRATED;
    }

    /** Whether {@link #recordFeasibility} would accept a study now. */
    public boolean isStudiable() {
        return programme.isOpen() && (status == CandidateStatus.SUBMITTED || status == CandidateStatus.STUDIED);
    }

    /** Whether {@link #arbitrate} would accept a decision now. */
    public boolean isArbitrable() {
        return programme.isOpen() && getFeasibility() != null
                && (status == CandidateStatus.STUDIED || status == CandidateStatus.ARBITRATED);
    }

    /** Whether the elected officials retained the candidate. */
    public boolean isRetained() {
        return status == CandidateStatus.ARBITRATED && arbitration != null
                && arbitration.decision() == ArbitrationDecision.RETAINED;
    }

    /** The editable fields as they are now, for instance to fill an edit form. */
    public CandidateDraft toDraft() {
        return new CandidateDraft(title, summary, policyId, sponsorPersonId, scale, neighbourhoodId, stakes, levers,
                participationLevel, methods, publics, calendar, budget);
    }

    private void apply(CandidateDraft draft) {
        this.title = draft.title();
        this.summary = draft.summary();
        this.policyId = draft.policyId();
        this.sponsorPersonId = draft.sponsorPersonId();
        this.scale = draft.scale();
        this.neighbourhoodId = draft.neighbourhoodId();
        this.stakes = draft.stakes();
        this.levers = draft.levers();
        this.participationLevel = draft.participationLevel();
        this.methods.retainAll(draft.methods());
        this.methods.addAll(draft.methods());
        this.publics = draft.publics();
        this.calendar = draft.calendar();
        this.budget = draft.budget();
    }

    private void requireStatus(CandidateStatus expected, String messageKey) {
        if (status != expected) {
            throw new StateConflict(messageKey);
        }
    }

    private void requireNotWithdrawn() {
        if (status == CandidateStatus.WITHDRAWN) {
            throw new StateConflict("dialogue.candidate.withdrawn");
        }
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Programme getProgramme() {
        return programme;
    }

    public long getDirectorateId() {
        return directorateId;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public Long getPolicyId() {
        return policyId;
    }

    /** The elected official who carries the project, null when not yet known. */
    public Long getSponsorPersonId() {
        return sponsorPersonId;
    }

    public TerritorialScale getScale() {
        return scale;
    }

    /** The neighbourhood of a neighbourhood-scale project, null otherwise. */
    public Long getNeighbourhoodId() {
        return neighbourhoodId;
    }

    public String getStakes() {
        return stakes;
    }

    public String getLevers() {
        return levers;
    }

    public ParticipationLevel getParticipationLevel() {
        return participationLevel;
    }

    /** The proposed methods, in the order of {@link ParticipationMethod}; unmodifiable. */
    public Set<ParticipationMethod> getMethods() {
        return methods.isEmpty() ? Collections.emptySet() : Collections.unmodifiableSet(EnumSet.copyOf(methods));
    }

    public String getPublics() {
        return publics;
    }

    public String getCalendar() {
        return calendar;
    }

    /** In euros, null when not given. */
    public BigDecimal getBudget() {
        return budget;
    }

    public CandidateStatus getStatus() {
        return status;
    }

    /** The username of whoever wrote the draft. */
    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** When it was submitted, null while a draft. */
    public Instant getSubmittedAt() {
        return submittedAt;
    }

    /** When it was withdrawn, null unless withdrawn. */
    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    /** The latest feasibility study, null before the first. */
    public FeasibilityStudy getFeasibility() {
        // Hibernate never reads an embeddable holding a collection as null: it reads an empty study instead
        return feasibility == null || feasibility.opinion() == null ? null : feasibility;
    }

    /** The elected officials' decision, null before arbitration. */
    public Arbitration getArbitration() {
        return arbitration;
    }

    @Override
    public String toString() {
        return "CandidateProject[id=" + id + ", title=" + title + ", status=" + status + "]";
    }
}
