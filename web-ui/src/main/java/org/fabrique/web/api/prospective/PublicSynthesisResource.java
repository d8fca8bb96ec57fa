package org.fabrique.web.api.prospective;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fabrique.prospective.application.PublicSynthesisService;
import org.fabrique.prospective.application.PublicSynthesisService.PublicSynthesis;
import org.fabrique.web.api.PageView;
import org.fabrique.web.api.Paging;

/** Open data: the workshops' published synthesis notes, readable without an account. */
@Path("/public/syntheses")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public")
public class PublicSynthesisResource {

    @Inject
    PublicSynthesisService syntheses;

    @GET
    @SecurityRequirementsSet
    @Operation(summary = "The published synthesis notes {workshopId, title, policy, cycle, note, publishedAt}, latest "
            + "first; nothing else of a workshop (anyone)")
    public PageView<PublicSynthesis> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return PageView.of(syntheses.page(Paging.of(page, size)));
    }
}
