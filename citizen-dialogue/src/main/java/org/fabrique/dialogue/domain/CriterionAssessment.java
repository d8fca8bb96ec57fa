package org.fabrique.dialogue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import org.fabrique.core.domain.Invariants;

/** The pôle's assessment of one feasibility criterion, with an optional comment of up to 2000 characters. */
@Embeddable
public class CriterionAssessment {

    public static final int COMMENT_MAX_LENGTH = 2000;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private FeasibilityCriterion criterion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Assessment assessment;

    @Column(length = COMMENT_MAX_LENGTH)
    private String comment;

    protected CriterionAssessment() {
        // for JPA
    }

    /** @param comment stripped; blank reads as none */
    public CriterionAssessment(FeasibilityCriterion criterion, Assessment assessment, String comment) {
        this.criterion = Objects.requireNonNull(criterion, "criterion is required");
        this.assessment = Objects.requireNonNull(assessment, "assessment is required");
        this.comment = Invariants.optionalText(comment, "comment of " + criterion, COMMENT_MAX_LENGTH);
    }

    public FeasibilityCriterion criterion() {
        return criterion;
    }

    public Assessment assessment() {
        return assessment;
    }

    /** The comment, or null when there is none. */
    public String comment() {
        return comment;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CriterionAssessment that && criterion == that.criterion
                && assessment == that.assessment && Objects.equals(comment, that.comment);
    }

    @Override
    public int hashCode() {
        return Objects.hash(criterion, assessment, comment);
    }

    @Override
    public String toString() {
        return criterion + ":" + assessment;
    }
}
