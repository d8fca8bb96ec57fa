package org.fabrique.dialogue.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.fabrique.core.domain.Invariants;
import org.fabrique.core.domain.StateConflict;
import org.fabrique.core.domain.TerritorialScale;

/**
 * A retained candidate once its programme is validated (<i>démarche de dialogue</i>): the city runs its
 * sessions with citizens and commits to answer their recommendations. It keeps a copy of what the
 * candidate said, so that the frozen programme reads the same whatever happens to the candidate.
 */
@Entity
@Table(name = "dialogue_project")
public class DialogueProject {

    public static final int LESSONS_MAX_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "programme_id", nullable = false)
    private Programme programme;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "candidate_id", nullable = false, unique = true)
    private CandidateProject candidate;

    @Column(nullable = false, length = CandidateDraft.TITLE_MAX_LENGTH)
    private String title;

    @Column(length = CandidateDraft.LONG_TEXT_MAX_LENGTH)
    private String summary;

    @Column(nullable = false)
    private long directorateId;

    private Long policyId;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private TerritorialScale scale;

    private Long neighbourhoodId;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private ParticipationLevel participationLevel;

    @ElementCollection
    @CollectionTable(name = "dialogue_project_method", joinColumns = @JoinColumn(name = "project_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "method", nullable = false, length = 40)
    private Set<ParticipationMethod> methods = new HashSet<>();

    /** What the pôle learned running it, for the catalogue of methods (capitalisation). */
    @Column(length = LESSONS_MAX_LENGTH)
    private String lessons;

    protected DialogueProject() {
        // for JPA
    }

    /**
     * The dialogue project of a retained candidate of a validated programme.
     *
     * @throws StateConflict {@code dialogue.project.notRetained} unless the candidate is retained,
     *                       {@code dialogue.programme.notValidated} unless its programme is validated
     */
    public DialogueProject(CandidateProject retained) {
        Objects.requireNonNull(retained, "retained candidate is required");
        if (!retained.isRetained()) {
            throw new StateConflict("dialogue.project.notRetained");
        }
        if (retained.getProgramme().getStatus() != ProgrammeStatus.VALIDATED) {
            throw new StateConflict("dialogue.programme.notValidated");
        }
        this.candidate = retained;
        this.programme = retained.getProgramme();
        this.title = retained.getTitle();
        this.summary = retained.getSummary();
        this.directorateId = retained.getDirectorateId();
        this.policyId = retained.getPolicyId();
        this.scale = retained.getScale();
        this.neighbourhoodId = retained.getNeighbourhoodId();
        this.participationLevel = retained.getParticipationLevel();
        this.methods.addAll(retained.getMethods());
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Programme getProgramme() {
        return programme;
    }

    public CandidateProject getCandidate() {
        return candidate;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public long getDirectorateId() {
        return directorateId;
    }

    public Long getPolicyId() {
        return policyId;
    }

    public TerritorialScale getScale() {
        return scale;
    }

    public Long getNeighbourhoodId() {
        return neighbourhoodId;
    }

    public ParticipationLevel getParticipationLevel() {
        return participationLevel;
    }

    /** The methods the candidate proposed, in the order of {@link ParticipationMethod}; unmodifiable. */
    public Set<ParticipationMethod> getMethods() {
        return methods.isEmpty() ? Collections.emptySet() : Collections.unmodifiableSet(EnumSet.copyOf(methods));
    }

    /** The lessons learned, null while none is recorded. */
    public String getLessons() {
        return lessons;
    }

    /**
     * Records what the project taught about its methods (what worked, what to avoid); replaces what was
     * written before, blank clears it.
     */
    public void recordLessons(String newLessons) {
        this.lessons = Invariants.optionalText(newLessons, "lessons", LESSONS_MAX_LENGTH);
    }

    @Override
    public String toString() {
        return "DialogueProject[id=" + id + ", title=" + title + "]";
    }
}
