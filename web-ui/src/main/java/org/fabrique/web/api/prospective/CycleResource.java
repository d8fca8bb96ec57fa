package org.fabrique.web.api.prospective;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fabrique.prospective.application.Views.CycleView;
import org.fabrique.prospective.application.Views.FiguresView;
import org.fabrique.prospective.application.WorkshopService;
import org.fabrique.web.api.QueryParameters;

/** The cycles of workshops, and the figures by distinct person ("En chiffres"). */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Prospective workshops")
public class CycleResource {

    @Inject
    WorkshopService workshops;

    @GET
    @Path("cycles")
    @Operation(summary = "The cycles of workshops: id, name, start, end (any account)")
    public List<CycleView> cycles() {
        return workshops.cycles();
    }

    @GET
    @Path("figures")
    @Operation(summary = "Distinct people by category over the workshops of the given cycles (?cycleId= may be repeated;"
            + " none = all workshops), computed from memberships (any account)")
    public FiguresView figures(@QueryParam("cycleId") List<String> cycleIds) {
        return workshops.figures(cycleIds.stream().map(id -> QueryParameters.optionalId("cycleId", id)).toList());
    }
}
