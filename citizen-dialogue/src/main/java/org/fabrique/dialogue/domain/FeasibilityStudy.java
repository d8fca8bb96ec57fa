package org.fabrique.dialogue.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.fabrique.core.domain.Invariants;
import org.hibernate.envers.NotAudited;

/**
 * The pôle's study of the conditions of feasibility of a candidate (<i>étude de faisabilité</i>): each
 * of the four criteria assessed once, with a comment, and an overall opinion. Who studied it and when is
 * kept. A later study replaces an earlier one as a whole.
 */
@Embeddable
public class FeasibilityStudy {

    public static final int COMMENT_MAX_LENGTH = 2000;

    @NotAudited
    @ElementCollection
    @CollectionTable(name = "dialogue_feasibility_criterion", joinColumns = @JoinColumn(name = "candidate_id"))
    private List<CriterionAssessment> criteria = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "feasibility_opinion", length = 30)
    private FeasibilityOpinion opinion;

    @Column(name = "feasibility_comment", length = COMMENT_MAX_LENGTH)
    private String comment;

    @Column(length = 40)
    private String studiedBy;

    private Instant studiedAt;

    protected FeasibilityStudy() {
        // for JPA
    }

    /**
     * @param criteria each of the four {@link FeasibilityCriterion} exactly once, in any order
     * @param comment  the overall comment, stripped; blank reads as none
     */
    public FeasibilityStudy(List<CriterionAssessment> criteria, FeasibilityOpinion opinion, String comment,
            String studiedBy, Instant studiedAt) {
        this.criteria = new ArrayList<>(validCriteria(criteria));
        this.opinion = Objects.requireNonNull(opinion, "opinion is required");
        this.comment = Invariants.optionalText(comment, "comment", COMMENT_MAX_LENGTH);
        this.studiedBy = Invariants.username(studiedBy, "studiedBy");
        this.studiedAt = Objects.requireNonNull(studiedAt, "studiedAt is required");
    }

    private static List<CriterionAssessment> validCriteria(List<CriterionAssessment> criteria) {
        Objects.requireNonNull(criteria, "criteria is required");
        Set<FeasibilityCriterion> seen = EnumSet.noneOf(FeasibilityCriterion.class);
        for (CriterionAssessment assessment : criteria) {
            Objects.requireNonNull(assessment, "criteria must not contain null");
            if (!seen.add(assessment.criterion())) {
                throw new IllegalArgumentException("criteria must assess " + assessment.criterion() + " only once");
            }
        }
        Set<FeasibilityCriterion> missing = EnumSet.allOf(FeasibilityCriterion.class);
        missing.removeAll(seen);
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("criteria must assess every criterion, missing " + missing);
        }
        return sorted(criteria);
    }

    private static List<CriterionAssessment> sorted(List<CriterionAssessment> criteria) {
        return criteria.stream().sorted(Comparator.comparing(CriterionAssessment::criterion)).toList();
    }

    /** The four assessments, in the order of {@link FeasibilityCriterion}. */
    public List<CriterionAssessment> criteria() {
        return sorted(criteria);
    }

    /** The assessment of one criterion. */
    public CriterionAssessment criterion(FeasibilityCriterion criterion) {
        Objects.requireNonNull(criterion, "criterion is required");
        return criteria.stream().filter(c -> c.criterion() == criterion).findFirst().orElseThrow();
    }

    public FeasibilityOpinion opinion() {
        return opinion;
    }

    /** The overall comment, or null when there is none. */
    public String comment() {
        return comment;
    }

    /** The username of the pôle member who studied the candidate. */
    public String studiedBy() {
        return studiedBy;
    }

    public Instant studiedAt() {
        return studiedAt;
    }

    @Override
    public String toString() {
        return "FeasibilityStudy[opinion=" + opinion + ", criteria=" + criteria() + "]";
    }
}
