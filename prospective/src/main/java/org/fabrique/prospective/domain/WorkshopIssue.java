package org.fabrique.prospective.domain;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import org.fabrique.core.domain.Invariants;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * An issue (enjeu) the group fixes at the end of the exploratory sequence: the priorities the next
 * sequences work on. Ranked from 1; tagged with cross-cutting markers; it may name a tension between
 * legitimate goals (attractiveness and solidarity, say).
 */
@Entity
@Table(name = "prospective_issue")
public class WorkshopIssue {

    public static final int TITLE_MAX_LENGTH = 200;
    public static final int TEXT_MAX_LENGTH = 4000;
    public static final int TENSION_MAX_LENGTH = CrossReading.TENSION_MAX_LENGTH;
    public static final int FEWEST = 5;
    public static final int MOST = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "workshop_id", nullable = false)
    private Workshop workshop;

    @Audited
    @Column(nullable = false, length = TITLE_MAX_LENGTH)
    private String title;

    @Audited
    @Column(length = TEXT_MAX_LENGTH)
    private String description;

    /** 1 for the first priority; null while the group has not ranked it. */
    @Audited
    @Column(name = "issue_rank")
    private Integer rank;

    @Audited
    @Embedded
    @AssociationOverride(name = "markers",
            joinTable = @JoinTable(name = "prospective_issue_marker", joinColumns = @JoinColumn(name = "issue_id")))
    private CrossReading reading = new CrossReading();

    protected WorkshopIssue() {
        // for JPA
    }

    public WorkshopIssue(Workshop workshop, String title, String description, Collection<Marker> markers, String tension) {
        this.workshop = Objects.requireNonNull(workshop, "workshop is required");
        describe(title, description, markers, tension);
    }

    public void describe(String newTitle, String newDescription, Collection<Marker> newMarkers, String newTension) {
        this.title = Invariants.requiredText(newTitle, "title", TITLE_MAX_LENGTH);
        this.description = Invariants.optionalText(newDescription, "description", TEXT_MAX_LENGTH);
        reading().replace(newMarkers, newTension);
    }

    /** Its place among the priorities, from 1; null takes it out of the ranking. */
    public void rank(Integer newRank) {
        if (newRank != null && newRank < 1) {
            throw new IllegalArgumentException("a rank starts at 1, got " + newRank);
        }
        this.rank = newRank;
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public Workshop getWorkshop() { return workshop; }
    public String getTitle() { return title; }
    public String getDescription() { return description; }
    public Integer getRank() { return rank; }
    public String getTension() { return reading().tension(); }
    public Set<Marker> getMarkers() { return reading().markers(); }

    /** Hibernate leaves an embedded value null when all its columns are (a past version without tension). */
    private CrossReading reading() {
        if (reading == null) {
            reading = new CrossReading();
        }
        return reading;
    }
}
