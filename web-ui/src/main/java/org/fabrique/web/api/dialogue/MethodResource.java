package org.fabrique.web.api.dialogue;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fabrique.dialogue.application.ProjectService;
import org.fabrique.dialogue.application.ProjectView;
import org.fabrique.dialogue.domain.MethodUse;
import org.fabrique.dialogue.domain.ParticipationMethod;
import org.fabrique.web.api.PageView;
import org.fabrique.web.api.Paging;

/** Capitalisation: the catalogue of participation methods, the projects that used each and their lessons. */
@Path("/methods")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Citizen dialogue")
public class MethodResource {

    @Inject
    ProjectService projects;

    @GET
    @Operation(summary = "Every participation method with how many projects used it and how many recorded lessons (any account)")
    public List<MethodUse> list() {
        return projects.methods();
    }

    @GET
    @Path("{method}/projects")
    @Operation(summary = "The projects that used a method, latest programme first, with their lessons (any account)")
    public PageView<ProjectView> projects(@PathParam("method") String method, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        ParticipationMethod known = Arrays.stream(ParticipationMethod.values())
                .filter(m -> m.name().equals(method))
                .findFirst()
                .orElseThrow(NotFoundException::new);
        return PageView.of(projects.usingMethod(known, Paging.of(page, size)));
    }
}
