package org.fabrique.dialogue.domain;

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
import java.time.LocalDate;
import java.util.Objects;
import org.fabrique.core.domain.Invariants;
import org.fabrique.core.domain.StateConflict;
import org.fabrique.core.search.FrenchAnalysis;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;

/**
 * A year's citizen-dialogue programme: the call for projects (its submission window), the number of
 * projects the city aims to keep and the delay within which it commits to answer citizens'
 * recommendations. Open while candidates are submitted, studied and arbitrated; validated by an elected
 * official, which freezes the list; closed at the end. One programme per year.
 */
@Entity
@Table(name = "dialogue_programme")
@Indexed
public class Programme {

    public static final int YEAR_MIN = 2000;
    public static final int YEAR_MAX = 2100;
    public static final int TARGET_MAX = 500;
    public static final int ANSWER_DELAY_MIN_DAYS = 1;
    public static final int ANSWER_DELAY_MAX_DAYS = 730;
    public static final int JUSTIFICATION_MAX_LENGTH = 4000;
    /** What the seed's programme aims at when nothing else is said: 30 to 50 projects, answered within 90 days. */
    public static final int DEFAULT_TARGET_MIN = 30;
    public static final int DEFAULT_TARGET_MAX = 50;
    public static final int DEFAULT_ANSWER_DELAY_DAYS = 90;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    /** {@code year} is a reserved word in H2. */
    @GenericField(sortable = Sortable.YES)
    @Column(name = "programme_year", nullable = false, unique = true)
    private int year;

    @Column(nullable = false)
    private LocalDate submissionOpens;

    @Column(nullable = false)
    private LocalDate submissionCloses;

    @Column(nullable = false)
    private int targetMin;

    @Column(nullable = false)
    private int targetMax;

    @Column(nullable = false)
    private int answerDelayDays;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProgrammeStatus status;

    private Instant validatedAt;

    @Column(length = 40)
    private String validatedBy;

    @FullTextField(analyzer = FrenchAnalysis.NAME)
    @Column(length = JUSTIFICATION_MAX_LENGTH)
    private String validationJustification;

    protected Programme() {
        // for JPA
    }

    /**
     * Opens the programme of {@code year}.
     *
     * @param targetMin       the fewest projects the city aims to keep, 0 or more
     * @param targetMax       the most, {@code targetMin} to {@value #TARGET_MAX}
     * @param answerDelayDays the days the city gives itself to answer a recommendation, 1 to 730
     */
    public Programme(int year, LocalDate submissionOpens, LocalDate submissionCloses, int targetMin, int targetMax,
            int answerDelayDays) {
        this.year = Invariants.between(year, "year", YEAR_MIN, YEAR_MAX);
        setTerms(submissionOpens, submissionCloses, targetMin, targetMax, answerDelayDays);
        this.status = ProgrammeStatus.OPEN;
    }

    /** Changes the window, the target range and the answer delay while the programme is open. */
    public void amend(LocalDate newSubmissionOpens, LocalDate newSubmissionCloses, int newTargetMin,
            int newTargetMax, int newAnswerDelayDays) {
        requireOpen();
        setTerms(newSubmissionOpens, newSubmissionCloses, newTargetMin, newTargetMax, newAnswerDelayDays);
    }

    private void setTerms(LocalDate opens, LocalDate closes, int min, int max, int answerDelay) {
        Objects.requireNonNull(opens, "submissionOpens is required");
        Objects.requireNonNull(closes, "submissionCloses is required");
        if (closes.isBefore(opens)) {
            throw new IllegalArgumentException(
                    "submissionCloses must not be before submissionOpens, got " + opens + " to " + closes);
        }
        Invariants.between(min, "targetMin", 0, TARGET_MAX);
        Invariants.between(max, "targetMax", min, TARGET_MAX);
        Invariants.between(answerDelay, "answerDelayDays", ANSWER_DELAY_MIN_DAYS, ANSWER_DELAY_MAX_DAYS);
        this.submissionOpens = opens;
        this.submissionCloses = closes;
        this.targetMin = min;
        this.targetMax = max;
        this.answerDelayDays = answerDelay;
    }

    /** Whether a directorate may submit a candidate on {@code day}: the programme is open and the day in the window. */
    public boolean acceptsSubmissionsOn(LocalDate day) {
        Objects.requireNonNull(day, "day is required");
        return status == ProgrammeStatus.OPEN && !day.isBefore(submissionOpens) && !day.isAfter(submissionCloses);
    }

    /** Whether keeping {@code retained} projects is within the target range. */
    public boolean isInTargetRange(int retained) {
        return retained >= targetMin && retained <= targetMax;
    }

    /** The date by which the city must answer a recommendation recorded on {@code recordedOn}. */
    public LocalDate dueDateFor(LocalDate recordedOn) {
        Objects.requireNonNull(recordedOn, "recordedOn is required");
        return recordedOn.plusDays(answerDelayDays);
    }

    /**
     * Validates the programme with {@code retainedCount} retained candidates: the list is frozen and the
     * commitment to answer starts. Outside the target range, a written justification is required.
     *
     * @param justification stripped; may be null or blank inside the target range
     * @throws StateConflict {@code dialogue.programme.notOpen} unless the programme is open,
     *                       {@code dialogue.validation.justificationRequired} outside the range without one
     */
    public void validate(int retainedCount, String justification, String by, Instant at) {
        if (retainedCount < 0) {
            throw new IllegalArgumentException("retainedCount must be 0 or more, got " + retainedCount);
        }
        String validBy = Invariants.username(by, "validatedBy");
        Objects.requireNonNull(at, "validatedAt is required");
        String validJustification = Invariants.optionalText(justification, "justification", JUSTIFICATION_MAX_LENGTH);
        requireOpen();
        if (validJustification == null && !isInTargetRange(retainedCount)) {
            throw new StateConflict("dialogue.validation.justificationRequired");
        }
        this.status = ProgrammeStatus.VALIDATED;
        this.validatedBy = validBy;
        this.validatedAt = at;
        this.validationJustification = validJustification;
    }

    /** Closes a validated programme at the end of its year. */
    public void close() {
        if (status != ProgrammeStatus.VALIDATED) {
            throw new StateConflict("dialogue.programme.notValidated");
        }
        this.status = ProgrammeStatus.CLOSED;
    }

    /** @throws StateConflict {@code dialogue.programme.notOpen} unless the programme is open */
    public void requireOpen() {
        if (status != ProgrammeStatus.OPEN) {
            throw new StateConflict("dialogue.programme.notOpen");
        }
    }

    public boolean isOpen() {
        return status == ProgrammeStatus.OPEN;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public int getYear() {
        return year;
    }

    public LocalDate getSubmissionOpens() {
        return submissionOpens;
    }

    public LocalDate getSubmissionCloses() {
        return submissionCloses;
    }

    public int getTargetMin() {
        return targetMin;
    }

    public int getTargetMax() {
        return targetMax;
    }

    public int getAnswerDelayDays() {
        return answerDelayDays;
    }

    public ProgrammeStatus getStatus() {
        return status;
    }

    /** When the programme was validated, null before. */
    public Instant getValidatedAt() {
        return validatedAt;
    }

    /** The username of the elected official who validated it, null before. */
    public String getValidatedBy() {
        return validatedBy;
    }

    /** Why it was validated outside the target range; null when none was given. */
    public String getValidationJustification() {
        return validationJustification;
    }

    @Override
    public String toString() {
        return "Programme[id=" + id + ", year=" + year + ", status=" + status + "]";
    }
}
