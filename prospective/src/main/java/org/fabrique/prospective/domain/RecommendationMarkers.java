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

/**
 * The cross-cutting markers and the tension the pôle reads in one recommendation of a workshop's adopted
 * reference document (chapter 4), for the cross-reading of all workshops.
 */
@Entity
@Table(name = "prospective_recommendation_markers")
public class RecommendationMarkers {

    public static final int RECOMMENDATION_MAX_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "workshop_id", nullable = false)
    private Workshop workshop;

    @Column(nullable = false, length = RECOMMENDATION_MAX_LENGTH)
    private String recommendation;

    @Embedded
    @AssociationOverride(name = "markers",
            joinTable = @JoinTable(name = "prospective_recommendation_marker", joinColumns = @JoinColumn(name = "tag_id")))
    private CrossReading reading = new CrossReading();

    protected RecommendationMarkers() {
        // for JPA
    }

    /**
     * @param adopted the recommendations of the workshop's adopted document
     * @throws IllegalArgumentException when the recommendation is not one of them
     */
    public RecommendationMarkers(Workshop workshop, String recommendation, Collection<String> adopted) {
        this.workshop = Objects.requireNonNull(workshop, "workshop is required");
        String text = Invariants.requiredText(recommendation, "recommendation", RECOMMENDATION_MAX_LENGTH);
        if (!adopted.contains(text)) {
            throw new IllegalArgumentException("not a recommendation of the adopted document: " + text);
        }
        this.recommendation = text;
        // A reading starts at version 1: to a caller, a recommendation never read yet is at version 0.
        this.version = 1;
    }

    /** Replaces the markers and the tension read in the recommendation. */
    public void tag(Collection<Marker> newMarkers, String newTension) {
        reading().replace(newMarkers, newTension);
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public Workshop getWorkshop() { return workshop; }
    public String getRecommendation() { return recommendation; }
    public String getTension() { return reading().tension(); }
    public Set<Marker> getMarkers() { return reading().markers(); }

    /** Hibernate leaves an embedded value null when all its columns are. */
    private CrossReading reading() {
        if (reading == null) {
            reading = new CrossReading();
        }
        return reading;
    }
}
