package org.fabrique.web.prospective;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumMap;
import org.fabrique.prospective.application.IssueService;
import org.fabrique.prospective.application.IssueService.IssueView;
import org.fabrique.prospective.application.RecommendationMarkerService;
import org.fabrique.prospective.application.RecommendationMarkerService.MarkedRecommendation;
import org.fabrique.prospective.domain.Marker;
import org.fabrique.web.faces.PagedModel;

/**
 * prospective/markers.xhtml, the cross-reading (lecture transversale): how many issues carry each
 * marker across all workshops, and for a chosen marker every workshop's issues with their tensions.
 */
@Named
@ViewScoped
public class MarkersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    IssueService issues;

    @Inject
    RecommendationMarkerService recommendations;

    private EnumMap<Marker, Long> counts;
    private Marker marker;
    private PagedModel<IssueView> model;
    private PagedModel<MarkedRecommendation> recommendationModel;

    public void load() {
        counts = issues.markers();
        if (marker != null) {
            show(marker);
        }
    }

    public void show(Marker chosen) {
        marker = chosen;
        model = new PagedModel<>(request -> issues.withMarker(chosen, request), IssueView::id);
        recommendationModel = new PagedModel<>(request -> recommendations.withMarker(chosen, request),
                r -> r.workshopId() + ":" + r.recommendation().hashCode());
    }

    public Marker[] getMarkers() { return Marker.values(); }
    public long count(Marker m) { return counts.getOrDefault(m, 0L); }
    public Marker getMarker() { return marker; }
    public void setMarker(Marker marker) { this.marker = marker; }
    public PagedModel<IssueView> getModel() { return model; }
    public PagedModel<MarkedRecommendation> getRecommendationModel() { return recommendationModel; }
}
