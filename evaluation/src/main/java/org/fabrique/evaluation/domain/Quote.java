package org.fabrique.evaluation.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.fabrique.core.domain.Invariants;

/**
 * What an interviewee said, kept verbatim (never trimmed nor corrected), tagged with themes and with
 * the evaluative questions it informs. It is attributed by the interview's category only.
 */
@Entity
@Table(name = "evaluation_quote")
public class Quote {

    public static final int TEXT_MAX_LENGTH = 4000;
    public static final int THEME_MAX_LENGTH = 60;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "interview_id", nullable = false)
    private Interview interview;

    @Column(name = "quote_text", nullable = false, length = TEXT_MAX_LENGTH)
    private String text;

    @ElementCollection
    @CollectionTable(name = "evaluation_quote_theme", joinColumns = @JoinColumn(name = "quote_id"))
    @Column(name = "theme", nullable = false, length = THEME_MAX_LENGTH)
    private Set<String> themes = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "evaluation_quote_question", joinColumns = @JoinColumn(name = "quote_id"))
    @Column(name = "question_id", nullable = false)
    private Set<Long> questionIds = new HashSet<>();

    protected Quote() {
        // for JPA
    }

    /** @throws IllegalArgumentException for a blank text; any other text is kept exactly as given */
    public Quote(Interview interview, String text, Collection<String> themes, Collection<Long> questionIds) {
        this.interview = Objects.requireNonNull(interview, "interview is required");
        this.text = Invariants.verbatimText(text, "text", TEXT_MAX_LENGTH);
        retag(themes, questionIds);
    }

    /** Replaces the themes (each stripped, blank ones refused) and the questions it informs. */
    public void retag(Collection<String> newThemes, Collection<Long> newQuestionIds) {
        Objects.requireNonNull(newThemes, "themes is required");
        Objects.requireNonNull(newQuestionIds, "questionIds is required");
        Set<String> stripped = new HashSet<>();
        for (String theme : newThemes) {
            stripped.add(Invariants.requiredText(theme, "theme", THEME_MAX_LENGTH));
        }
        if (newQuestionIds.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("a question id is required");
        }
        themes.clear();
        themes.addAll(stripped);
        questionIds.clear();
        questionIds.addAll(newQuestionIds);
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public Interview getInterview() { return interview; }
    public String getText() { return text; }
    public Set<String> getThemes() { return Set.copyOf(themes); }
    public Set<Long> getQuestionIds() { return Set.copyOf(questionIds); }
}
