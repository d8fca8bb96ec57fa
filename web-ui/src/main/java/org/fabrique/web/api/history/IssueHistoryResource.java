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
import org.fabrique.prospective.application.IssueHistoryService;
import org.fabrique.web.api.PageView;
import org.fabrique.web.api.Paging;

/** Who changed what on a workshop's issues and resources: any account, as they are. */
@Path("/workshops/{id}/issues/history")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Prospective workshops")
public class IssueHistoryResource {

    @Inject
    IssueHistoryService history;

    @GET
    @Operation(summary = "The history of a workshop's issues and resources (recorded, corrected, ranked, deleted), each with its label, newest first; any account")
    public PageView<HistoryEntry> page(@PathParam("id") long id, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return PageView.of(history.page(id, Paging.of(page, size)));
    }
}
