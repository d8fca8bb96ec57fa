package org.fabrique.evaluation.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.fabrique.core.domain.Invariants;
import org.fabrique.core.search.FrenchAnalysis;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;

/**
 * An evaluative question ("Les Ateliers ont-ils aidé à la décision ?"), tied to one or more criteria,
 * and the finding (constat) the analysis draws for it, blank until then.
 */
@Entity
@Table(name = "evaluation_question")
@Indexed
public class EvaluativeQuestion {

    public static final int TEXT_MAX_LENGTH = 1000;
    public static final int FINDING_MAX_LENGTH = 10000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @GenericField(projectable = Projectable.YES, sortable = Sortable.YES)
    @Column(nullable = false)
    private long evaluationId;

    @GenericField(sortable = Sortable.YES)
    @Column(name = "question_rank", nullable = false)
    private int rank;

    @FullTextField(analyzer = FrenchAnalysis.NAME)
    @Column(name = "question_text", nullable = false, length = TEXT_MAX_LENGTH)
    private String text;

    @ElementCollection
    @CollectionTable(name = "evaluation_question_criterion", joinColumns = @JoinColumn(name = "question_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "criterion", nullable = false, length = 20)
    private Set<Criterion> criteria = new HashSet<>();

    @FullTextField(analyzer = FrenchAnalysis.NAME)
    @Column(length = FINDING_MAX_LENGTH)
    private String finding;

    protected EvaluativeQuestion() {
        // for JPA
    }

    /** @param rank its place among the evaluation's questions, from 1 */
    public EvaluativeQuestion(long evaluationId, int rank, String text, Collection<Criterion> criteria) {
        this.evaluationId = evaluationId;
        if (rank < 1) {
            throw new IllegalArgumentException("a rank starts at 1, got " + rank);
        }
        this.rank = rank;
        reword(text, criteria);
    }

    /** @throws IllegalArgumentException when no criterion is given: a question judges by at least one */
    public void reword(String newText, Collection<Criterion> newCriteria) {
        Objects.requireNonNull(newCriteria, "criteria is required");
        if (newCriteria.isEmpty() || newCriteria.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("a question is tied to at least one criterion");
        }
        this.text = Invariants.requiredText(newText, "text", TEXT_MAX_LENGTH);
        criteria.clear();
        criteria.addAll(newCriteria);
    }

    /** The finding drawn for this question; blank takes it back. */
    public void writeFinding(String newFinding) {
        this.finding = Invariants.optionalText(newFinding, "finding", FINDING_MAX_LENGTH);
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public long getEvaluationId() { return evaluationId; }
    public int getRank() { return rank; }
    public String getText() { return text; }
    public String getFinding() { return finding; }

    public Set<Criterion> getCriteria() {
        return criteria.isEmpty() ? Collections.emptySet() : Collections.unmodifiableSet(EnumSet.copyOf(criteria));
    }
}
