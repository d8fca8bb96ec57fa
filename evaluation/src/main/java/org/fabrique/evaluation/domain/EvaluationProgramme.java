package org.fabrique.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.fabrique.core.domain.Invariants;

/** The pôle's yearly evaluation programme: the evaluations it runs that year. One per year. */
@Entity
@Table(name = "evaluation_programme")
public class EvaluationProgramme {

    public static final int TITLE_MAX_LENGTH = 200;
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "programme_year", nullable = false, unique = true)
    private int year;

    @Column(nullable = false, length = TITLE_MAX_LENGTH)
    private String title;

    protected EvaluationProgramme() {
        // for JPA
    }

    public EvaluationProgramme(int year, String title) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("year must be between " + FIRST_YEAR + " and " + LAST_YEAR + ", got " + year);
        }
        this.year = year;
        this.title = Invariants.requiredText(title, "title", TITLE_MAX_LENGTH);
    }

    /** The programme of a year, under its default title, when the pôle frames its first evaluation. */
    public static EvaluationProgramme ofYear(int year) {
        return new EvaluationProgramme(year, "Programme d'évaluation " + year);
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public int getYear() { return year; }
    public String getTitle() { return title; }
}
