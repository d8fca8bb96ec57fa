package org.fabrique.web.prospective;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.fabrique.prospective.application.IssueService.IssueView;
import org.fabrique.prospective.domain.Marker;

/**
 * What a page's form says of a workshop issue (issue-fields.xhtml), to record one or to correct one: empty, or
 * filled from an issue.
 */
public class IssueFields implements Serializable {

    private static final long serialVersionUID = 1L;

    private String title;
    private String description;
    private Marker[] markers = new Marker[0];
    private String tension;

    /** The fields filled with what was recorded of the issue. */
    static IssueFields of(IssueView issue) {
        IssueFields fields = new IssueFields();
        fields.title = issue.title();
        fields.description = issue.description();
        fields.markers = issue.markers().toArray(Marker[]::new);
        fields.tension = issue.tension();
        return fields;
    }

    List<Marker> markerList() {
        return Arrays.asList(markers.clone());
    }

    public Marker[] getAllMarkers() { return Marker.values(); }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public Marker[] getMarkers() { return markers.clone(); }
    public void setMarkers(Marker[] markers) { this.markers = markers == null ? new Marker[0] : markers.clone(); }
    public String getTension() { return tension; }
    public void setTension(String tension) { this.tension = tension; }
}
