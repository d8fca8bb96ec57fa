package org.fabrique.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Objects;
import org.fabrique.core.domain.Invariants;
import org.hibernate.envers.Audited;

/**
 * A recommendation an evaluation ends on (the seed's four "pistes à explorer") and its follow-up: the
 * directorate that owns it, when it is due, where it stands and what was said of it.
 */
@Entity
@Table(name = "evaluation_recommendation")
public class EvaluationRecommendation {

    public static final int TEXT_MAX_LENGTH = 4000;
    public static final int OWNER_MAX_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Audited
    @Column(nullable = false)
    private long evaluationId;

    @Audited
    @Column(name = "recommendation_rank", nullable = false)
    private int rank;

    @Audited
    @Column(name = "recommendation_text", nullable = false, length = TEXT_MAX_LENGTH)
    private String text;

    /** The directorate that owns the follow-up, if it is one. */
    private Long ownerDirectorateId;

    /** Who owns the follow-up, in words (a directorate's name, "Direction générale", a partner). */
    @Audited
    @Column(length = OWNER_MAX_LENGTH)
    private String ownerLabel;

    @Audited
    @Column(name = "due_on")
    private LocalDate dueDate;

    @Audited
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private FollowUpStatus status = FollowUpStatus.PLANNED;

    @Audited
    @Column(length = TEXT_MAX_LENGTH)
    private String followUpComment;

    protected EvaluationRecommendation() {
        // for JPA
    }

    /** @param rank its place among the evaluation's recommendations, from 1 */
    public EvaluationRecommendation(long evaluationId, int rank, String text) {
        this.evaluationId = evaluationId;
        if (rank < 1) {
            throw new IllegalArgumentException("a rank starts at 1, got " + rank);
        }
        this.rank = rank;
        reword(text);
    }

    public void reword(String newText) {
        this.text = Invariants.requiredText(newText, "text", TEXT_MAX_LENGTH);
    }

    /** Who owns the follow-up and by when; all three may stay empty while nobody is named. */
    public void assign(Long newOwnerDirectorateId, String newOwnerLabel, LocalDate newDueDate) {
        this.ownerDirectorateId = newOwnerDirectorateId;
        this.ownerLabel = Invariants.optionalText(newOwnerLabel, "ownerLabel", OWNER_MAX_LENGTH);
        this.dueDate = newDueDate;
    }

    /** Where the follow-up stands and a comment on it (blank for none); a finished one may be reopened. */
    public void followUp(FollowUpStatus newStatus, String comment) {
        this.status = Objects.requireNonNull(newStatus, "status is required");
        this.followUpComment = Invariants.optionalText(comment, "followUpComment", TEXT_MAX_LENGTH);
    }

    /**
     * Whether it is past its due date and still neither done nor abandoned: the day after the due date
     * it is overdue, as a citizen-dialogue recommendation is. Without a due date it never is.
     */
    public boolean isOverdue(LocalDate today) {
        Objects.requireNonNull(today, "today is required");
        return dueDate != null && dueDate.isBefore(today) && !status.isFinished();
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public long getEvaluationId() { return evaluationId; }
    public int getRank() { return rank; }
    public String getText() { return text; }
    public Long getOwnerDirectorateId() { return ownerDirectorateId; }
    public String getOwnerLabel() { return ownerLabel; }
    public LocalDate getDueDate() { return dueDate; }
    public FollowUpStatus getStatus() { return status; }
    public String getFollowUpComment() { return followUpComment; }
}
