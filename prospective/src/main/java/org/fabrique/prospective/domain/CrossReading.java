package org.fabrique.prospective.domain;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.fabrique.core.domain.Invariants;
import org.hibernate.envers.NotAudited;

/**
 * What the pôle reads across the workshops in an issue or in a recommendation of an adopted document: the
 * cross-cutting markers it carries and the tension it names between legitimate goals (attractiveness and
 * solidarity, say). Each owner maps the markers to its own table.
 */
@Embeddable
public class CrossReading {

    public static final int TENSION_MAX_LENGTH = 1000;

    @Column(name = "tension", length = TENSION_MAX_LENGTH)
    private String tension;

    /** Not in the history: a correction's history shows the fields, not the markers. */
    @NotAudited
    @ElementCollection
    @Enumerated(EnumType.STRING)
    @Column(name = "marker", nullable = false, length = 30)
    private Set<Marker> markers = new HashSet<>();

    /** Replaces the markers and the tension; a blank tension reads as none. */
    void replace(Collection<Marker> newMarkers, String newTension) {
        this.tension = Invariants.optionalText(newTension, "tension", TENSION_MAX_LENGTH);
        this.markers.clear();
        if (newMarkers != null) {
            this.markers.addAll(newMarkers);
        }
    }

    public String tension() {
        return tension;
    }

    public Set<Marker> markers() {
        return markers == null || markers.isEmpty() ? Collections.emptySet() : Collections.unmodifiableSet(EnumSet.copyOf(markers));
    }
}
