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
        Marker known = Arrays.stream(Marker.values()).filter(m -> m.name().equals(marker)).findFirst()
                .orElseThrow(NotFoundException::new);
        return PageView.of(issues.withMarker(known, Paging.of(page, size)));
    }
}
