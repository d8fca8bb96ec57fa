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

/** Who recorded, corrected or deleted a project's sessions. */
@Path("/projects/{id}/sessions/history")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Citizen dialogue")
public class ProjectSessionsHistoryResource {

    @Inject
    DialogueHistoryService history;

    @GET
    @Operation(summary = "The history of a project's sessions {kind, recordId, label (the place), at, username, author, action, changes}, deleted ones included, newest first; 404 as the project")
    public PageView<HistoryEntry> page(@PathParam("id") long id, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return PageView.of(history.project(id, Paging.of(page, size)));
    }
}
