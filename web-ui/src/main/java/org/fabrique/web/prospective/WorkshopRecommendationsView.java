package org.fabrique.web.prospective;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.fabrique.core.application.InvalidInput;
import org.fabrique.core.application.RecordNotFound;
import org.fabrique.core.domain.StateConflict;
import org.fabrique.prospective.application.RecommendationMarkerService;
import org.fabrique.prospective.application.RecommendationMarkerService.MarkedRecommendation;
import org.fabrique.prospective.domain.Marker;
import org.fabrique.web.faces.Messages;

/**
 * The adopted recommendations of the workshop of prospective/workshop.xhtml with the markers read in
 * them; the pôle reads the markers and the tension of one of them.
 */
@Named
@ViewScoped
public class WorkshopRecommendationsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RecommendationMarkerService recommendations;

    @Inject
    Messages messages;

    private long workshopId;
    private List<MarkedRecommendation> list = List.of();
    private String recommendation;
    private Marker[] markers = new Marker[0];
    private String tension;

    public void load(long workshop) {
        workshopId = workshop;
        list = recommendations.recommendations(workshop);
    }

    /** Fills the form with what was read in the chosen recommendation. */
    public void choose() {
        list.stream().filter(r -> r.recommendation().equals(recommendation)).findFirst().ifPresent(r -> {
            markers = r.markers().toArray(new Marker[0]);
            tension = r.tension();
        });
    }

    public void tag() {
        MarkedRecommendation read = list.stream().filter(r -> r.recommendation().equals(recommendation)).findFirst()
                .orElse(null);
        try {
            recommendations.tag(workshopId, recommendation, Arrays.asList(markers), tension, read == null ? 0L : read.version());
            messages.info("prospective.recommendation.tagged");
            list = recommendations.recommendations(workshopId);
        } catch (InvalidInput e) {
            messages.refused(e, "tagRecommendation");
        } catch (StateConflict e) {
            list = recommendations.recommendations(workshopId);
            messages.conflict(e, read, () -> list.stream().filter(r -> r.recommendation().equals(recommendation))
                    .findFirst().orElseThrow(() -> new RecordNotFound("recommendation", recommendation)));
        }
    }

    public Marker[] getAllMarkers() { return Marker.values(); }
    public List<MarkedRecommendation> getList() { return list; }
    public String getRecommendation() { return recommendation; }
    public void setRecommendation(String recommendation) { this.recommendation = recommendation; }
    public Marker[] getMarkers() { return markers.clone(); }
    public void setMarkers(Marker[] markers) { this.markers = markers == null ? new Marker[0] : markers.clone(); }
    public String getTension() { return tension; }
    public void setTension(String tension) { this.tension = tension; }
}
