package org.fabrique.dialogue.domain;

import jakarta.persistence.Column;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.fabrique.core.domain.Invariants;
import org.fabrique.core.domain.StateConflict;
import org.fabrique.core.search.FrenchAnalysis;
import org.hibernate.envers.Audited;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;

/**
 * A citizens' recommendation from a dialogue project (<i>préconisation citoyenne</i>), assigned to the
 * directorate that must answer it by its due date. An interim answer ({@link AnswerPosition#UNDER_STUDY})
 * keeps the city's commitment running; any other answer fulfils it. An answer can be replaced until the
 * pôle publishes it. Unanswered past the due date, the recommendation is overdue.
 */
@Entity
@Table(name = "dialogue_recommendation")
@Indexed
public class Recommendation {

    public static final int TEXT_MAX_LENGTH = 4000;
    public static final int REASON_MAX_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "project_id", nullable = false)
    private DialogueProject project;

    private Long sessionId;

    @Audited
    @FullTextField(analyzer = FrenchAnalysis.NAME)
    @Column(nullable = false, length = TEXT_MAX_LENGTH)
    private String text;

    @Audited
    @GenericField
    @Column(nullable = false)
    private long directorateId;

    /** Why the pôle last corrected the text or the directorate; null until then. */
    @Audited
    @Column(length = REASON_MAX_LENGTH)
    private String correctionReason;

    @Column(nullable = false)
    private LocalDate recordedOn;

    @Audited
    @Column(nullable = false)
    private LocalDate dueDate;

    @Column(nullable = false, length = 40)
    private String recordedBy;

    @Audited
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RecommendationStatus status;

    @Audited
    @Embedded
    @IndexedEmbedded(includePaths = "text")
    private Answer answer;

    @Audited
    @Column(nullable = false)
    private boolean published;

    private Instant publishedAt;

    protected Recommendation() {
        // for JPA
    }

    /**
     * Records a recommendation awaiting the city's answer.
     *
     * @param sessionId     the session it came from, if any; the caller checks it is one of the project's
     * @param text          required, at most 4000 characters
     * @param directorateId the directorate that must answer
     * @param dueDate       when the answer is due, usually {@link Programme#dueDateFor(LocalDate)}; not before
     *                      {@code recordedOn}
     */
    public Recommendation(DialogueProject project, Long sessionId, String text, long directorateId,
            LocalDate recordedOn, LocalDate dueDate, String recordedBy) {
        this.project = Objects.requireNonNull(project, "project is required");
        this.sessionId = Invariants.optionalId(sessionId, "sessionId");
        this.text = Invariants.requiredText(text, "text", TEXT_MAX_LENGTH);
        this.directorateId = Invariants.requiredId(directorateId, "directorateId");
        this.recordedOn = Objects.requireNonNull(recordedOn, "recordedOn is required");
        this.dueDate = Objects.requireNonNull(dueDate, "dueDate is required");
        if (dueDate.isBefore(recordedOn)) {
            throw new IllegalArgumentException(
                    "dueDate must not be before recordedOn, got " + dueDate + " before " + recordedOn);
        }
        this.recordedBy = Invariants.username(recordedBy, "recordedBy");
        this.status = RecommendationStatus.AWAITING_ANSWER;
    }

    /**
     * Gives the city's answer, replacing any earlier one. {@link AnswerPosition#UNDER_STUDY} is an interim
     * answer: the recommendation still awaits its answer. Any other position answers it.
     *
     * @param text           required when {@code position} is {@link AnswerPosition#NOT_RETAINED}: the
     *                       justification; at most 4000 characters
     * @param plannedActions at most 4000 characters
     * @param on             the day of the answer, compared with the due date
     * @throws StateConflict {@code dialogue.answer.published} once the answer is published,
     *                       {@code dialogue.answer.justificationRequired} for NOT_RETAINED without a text
     */
    public void answer(AnswerPosition position, String text, String plannedActions, String by, LocalDate on,
            Instant at) {
        Answer given = new Answer(position, text, plannedActions, by, on, at);
        if (!isAnswerable()) {
            throw new StateConflict("dialogue.answer.published");
        }
        if (position == AnswerPosition.NOT_RETAINED && given.text() == null) {
            throw new StateConflict("dialogue.answer.justificationRequired");
        }
        this.answer = given;
        this.status = given.isInterim() ? RecommendationStatus.AWAITING_ANSWER : RecommendationStatus.ANSWERED;
    }

    /**
     * Corrects what the pôle recorded: the citizens' text, or the directorate that must answer (a new directorate
     * takes over the answer, whatever was given so far, and the reminders of its due date). The reason is kept with
     * the change in the recommendation's history.
     *
     * @param text          required, at most 4000 characters
     * @param directorateId the directorate that must answer from now on
     * @param reason        required, at most 1000 characters
     * @throws StateConflict {@code dialogue.recommendation.published} once its answer is public
     */
    public void correct(String text, long directorateId, String reason) {
        String corrected = Invariants.requiredText(text, "text", TEXT_MAX_LENGTH);
        long assigned = Invariants.requiredId(directorateId, "directorateId");
        String why = Invariants.requiredText(reason, "reason", REASON_MAX_LENGTH);
        if (!isCorrectable()) {
            throw new StateConflict("dialogue.recommendation.published");
        }
        this.text = corrected;
        this.directorateId = assigned;
        this.correctionReason = why;
    }

    /** Whether the recommendation still awaits its answer (an interim one does not count) after its due date. */
    public boolean isOverdue(LocalDate today) {
        Objects.requireNonNull(today, "today is required");
        return status == RecommendationStatus.AWAITING_ANSWER && today.isAfter(dueDate);
    }

    /** Whether the city answered (not an interim answer) on or before the due date. */
    public boolean answeredOnTime() {
        return status == RecommendationStatus.ANSWERED && !answer.answeredOn().isAfter(dueDate);
    }

    /**
     * Makes the answer public; it can no longer be replaced.
     *
     * @throws StateConflict {@code dialogue.publication.notAnswered} while awaiting an answer,
     *                       {@code dialogue.publication.already} when already published
     */
    public void publish(Instant at) {
        Objects.requireNonNull(at, "publishedAt is required");
        if (status != RecommendationStatus.ANSWERED) {
            throw new StateConflict("dialogue.publication.notAnswered");
        }
        if (published) {
            throw new StateConflict("dialogue.publication.already");
        }
        this.published = true;
        this.publishedAt = at;
    }

    /** Whether an answer can still be given or replaced: until it is published. */
    public boolean isAnswerable() {
        return !published;
    }

    /** Whether the pôle can publish its answer now: answered (not an interim answer) and not yet public. */
    public boolean isPublishable() {
        return status == RecommendationStatus.ANSWERED && !published;
    }

    /** Whether its text and directorate can still be corrected: until its answer is published. */
    public boolean isCorrectable() {
        return !published;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public DialogueProject getProject() {
        return project;
    }

    /** The session the recommendation came from, null when not tied to one. */
    public Long getSessionId() {
        return sessionId;
    }

    public String getText() {
        return text;
    }

    /** The directorate that must answer. */
    public long getDirectorateId() {
        return directorateId;
    }

    /** Why the text or the directorate was last corrected; null when never. */
    public String getCorrectionReason() {
        return correctionReason;
    }

    public LocalDate getRecordedOn() {
        return recordedOn;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    /** The username of the pôle member who recorded it. */
    public String getRecordedBy() {
        return recordedBy;
    }

    public RecommendationStatus getStatus() {
        return status;
    }

    /** The latest answer, interim or not; null before the first. */
    public Answer getAnswer() {
        return answer;
    }

    public boolean isPublished() {
        return published;
    }

    /** When the answer was published, null before. */
    public Instant getPublishedAt() {
        return publishedAt;
    }

    @Override
    public String toString() {
        return "Recommendation[id=" + id + ", status=" + status + ", dueDate=" + dueDate + "]";
    }
}
