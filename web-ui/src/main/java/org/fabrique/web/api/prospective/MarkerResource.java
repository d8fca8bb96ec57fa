package org.fabrique.web.api.prospective;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fabrique.prospective.application.IssueService;
import org.fabrique.prospective.application.IssueService.IssueView;
import org.fabrique.prospective.application.RecommendationMarkerService;
import org.fabrique.prospective.application.RecommendationMarkerService.MarkedRecommendation;
import org.fabrique.prospective.domain.Marker;
import org.fabrique.web.api.PageView;
import org.fabrique.web.api.Paging;

/** The cross-reading (lecture transversale): every workshop's issues read by cross-cutting marker. */
@Path("/markers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Prospective workshops")
public class MarkerResource {

    @Inject
    IssueService issues;

    @Inject
    RecommendationMarkerService recommendations;

    @GET
    @Operation(summary = "How many issues carry each marker, across every workshop (any account)")
    public Map<Marker, Long> counts() {
        return issues.markers();
    }

    @GET
    @Path("{marker}/issues")
    @Operation(summary = "Every workshop's issues carrying a marker, by workshop then rank (any account)")
    public PageView<IssueView> issues(@PathParam("marker") String marker, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return PageView.of(issues.withMarker(known(marker), Paging.of(page, size)));
    }

    @GET
    @Path("{marker}/recommendations")
    @Operation(summary = "Every workshop's adopted recommendations carrying a marker, by workshop (any account)")
    public PageView<MarkedRecommendation> recommendations(@PathParam("marker") String marker, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return PageView.of(recommendations.withMarker(known(marker), Paging.of(page, size)));
    }

    private static Marker known(String marker) {
        return Arrays.stream(Marker.values()).filter(m -> m.name().equals(marker)).findFirst()
                .orElseThrow(NotFoundException::new);
    }
}
