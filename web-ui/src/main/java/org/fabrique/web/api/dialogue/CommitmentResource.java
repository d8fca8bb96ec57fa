package org.fabrique.web.api.dialogue;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fabrique.dialogue.application.CommitmentService;
import org.fabrique.dialogue.application.CommitmentView;
import org.fabrique.web.api.PageView;
import org.fabrique.web.api.Paging;

/** The commitment dashboard across programmes; one programme's is {@code /programmes/{id}/commitment}. */
@Path("/commitment")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Citizen dialogue")
public class CommitmentResource {

    @Inject
    CommitmentService commitment;

    @GET
    @Operation(summary = "Every programme's commitment figures, as /programmes/{id}/commitment gives them, the latest "
            + "year first (POLE, DIRECTORATE, ELECTED)")
    public PageView<CommitmentView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return PageView.of(commitment.page(Paging.of(page, size)));
    }
}
