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

/**
 * A qualitative interview of an evaluation (the seed's eleven, September 2013). The interviewee's name
 * is confidential: only the pôle ever reads it ({@link Attribution}); quotes are attributed by category.
 */
@Entity
@Table(name = "evaluation_interview")
public class Interview {

    public static final int NAME_MAX_LENGTH = 120;
    public static final int NOTES_MAX_LENGTH = 20000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false)
    private long evaluationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private IntervieweeCategory category;

    @Column(length = NAME_MAX_LENGTH)
    private String intervieweeName;

    @Column(nullable = false)
    private LocalDate interviewedOn;

    @Column(nullable = false, length = NAME_MAX_LENGTH)
    private String interviewer;

    @Column(length = NOTES_MAX_LENGTH)
    private String notes;

    protected Interview() {
        // for JPA
    }

    /** @param intervieweeName optional, and confidential to the pôle */
    public Interview(long evaluationId, IntervieweeCategory category, String intervieweeName, LocalDate interviewedOn,
            String interviewer, String notes) {
        this.evaluationId = evaluationId;
        revise(category, intervieweeName, interviewedOn, interviewer, notes);
    }

    public void revise(IntervieweeCategory newCategory, String newIntervieweeName, LocalDate newDate,
            String newInterviewer, String newNotes) {
        this.category = Objects.requireNonNull(newCategory, "category is required");
        this.intervieweeName = Invariants.optionalText(newIntervieweeName, "intervieweeName", NAME_MAX_LENGTH);
        this.interviewedOn = Objects.requireNonNull(newDate, "interviewedOn is required");
        this.interviewer = Invariants.requiredText(newInterviewer, "interviewer", NAME_MAX_LENGTH);
        this.notes = Invariants.optionalText(newNotes, "notes", NOTES_MAX_LENGTH);
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public long getEvaluationId() { return evaluationId; }
    public IntervieweeCategory getCategory() { return category; }
    public String getIntervieweeName() { return intervieweeName; }
    public LocalDate getInterviewedOn() { return interviewedOn; }
    public String getInterviewer() { return interviewer; }
    public String getNotes() { return notes; }
}
