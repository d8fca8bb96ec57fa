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
import org.fabrique.evaluation.application.EvaluationHistoryService;
import org.fabrique.web.api.PageView;
import org.fabrique.web.api.Paging;

/** Who changed what on an evaluation and its recommendations. */
@Path("/evaluations/{id}/history")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Evaluation")
public class EvaluationHistoryResource {

    @Inject
    EvaluationHistoryService history;

    @GET
    @Operation(summary = "An evaluation's history (framing, stage, recommendations' follow-up), newest first; as the evaluation")
    public PageView<HistoryEntry> page(@PathParam("id") long id, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return PageView.of(history.page(id, Paging.of(page, size)));
    }
}
