package org.fabrique.dialogue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.fabrique.core.domain.Invariants;
import org.fabrique.core.search.FrenchAnalysis;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;

/**
 * The city's answer to a recommendation (<i>réponse de la collectivité</i>): its position, the answer
 * itself, the actions planned, who answered and when. Whether a position needs a text is the
 * recommendation's rule ({@link Recommendation#answer}).
 */
@Embeddable
public class Answer {

    public static final int TEXT_MAX_LENGTH = 4000;

    @Enumerated(EnumType.STRING)
    @Column(name = "answer_position", length = 30)
    private AnswerPosition position;

    @FullTextField(analyzer = FrenchAnalysis.NAME)
    @Column(name = "answer_text", length = TEXT_MAX_LENGTH)
    private String text;

    @Column(name = "answer_planned_actions", length = TEXT_MAX_LENGTH)
    private String plannedActions;

    @Column(length = 40)
    private String answeredBy;

    private LocalDate answeredOn;

    private Instant answeredAt;

    protected Answer() {
        // for JPA
    }

    /**
     * @param text           stripped, at most 4000 characters; blank reads as none
     * @param plannedActions stripped, at most 4000 characters; blank reads as none
     * @param answeredOn     the day of the answer, the one compared with the due date
     */
    public Answer(AnswerPosition position, String text, String plannedActions, String answeredBy,
            LocalDate answeredOn, Instant answeredAt) {
        this.position = Objects.requireNonNull(position, "position is required");
        this.text = Invariants.optionalText(text, "text", TEXT_MAX_LENGTH);
        this.plannedActions = Invariants.optionalText(plannedActions, "plannedActions", TEXT_MAX_LENGTH);
        this.answeredBy = Invariants.username(answeredBy, "answeredBy");
        this.answeredOn = Objects.requireNonNull(answeredOn, "answeredOn is required");
        this.answeredAt = Objects.requireNonNull(answeredAt, "answeredAt is required");
    }

    public AnswerPosition position() {
        return position;
    }

    /** The answer's text, or null when there is none. */
    public String text() {
        return text;
    }

    /** The actions the city plans, or null when none are given. */
    public String plannedActions() {
        return plannedActions;
    }

    /** The username of whoever answered. */
    public String answeredBy() {
        return answeredBy;
    }

    public LocalDate answeredOn() {
        return answeredOn;
    }

    public Instant answeredAt() {
        return answeredAt;
    }

    /** Whether this is an interim answer, which does not end the commitment. */
    public boolean isInterim() {
        return position == AnswerPosition.UNDER_STUDY;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Answer that && position == that.position && Objects.equals(text, that.text)
                && Objects.equals(plannedActions, that.plannedActions) && answeredBy.equals(that.answeredBy)
                && answeredOn.equals(that.answeredOn) && answeredAt.equals(that.answeredAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(position, text, plannedActions, answeredBy, answeredOn, answeredAt);
    }

    @Override
    public String toString() {
        return "Answer[" + position + " by " + answeredBy + " on " + answeredOn + "]";
    }
}
