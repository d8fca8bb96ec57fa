package org.fabrique.web.api.history;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fabrique.core.domain.HistoryEntry;
import org.fabrique.dialogue.application.DialogueHistoryService;
import org.fabrique.web.api.PageView;
import org.fabrique.web.api.Paging;

/** Who changed what on a citizens' recommendation and its answer. */
@Path("/recommendations/{id}/history")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Citizen dialogue")
public class RecommendationHistoryResource {

    @Inject
    DialogueHistoryService history;

    @GET
    @Operation(summary = "A recommendation's history (its due date, status, answer, publication), newest first; 404 as the recommendation")
    public PageView<HistoryEntry> page(@PathParam("id") long id, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return PageView.of(history.recommendation(id, Paging.of(page, size)));
    }
}
