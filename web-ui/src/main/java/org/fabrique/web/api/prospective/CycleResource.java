package org.fabrique.web.api.prospective;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fabrique.core.application.Roles;
import org.fabrique.prospective.application.CycleView;
import org.fabrique.prospective.application.FiguresView;
import org.fabrique.prospective.application.WorkshopService;
import org.fabrique.prospective.application.WorkshopSetupService;
import org.fabrique.prospective.domain.Cycle;
import org.fabrique.web.api.QueryParameters;

/** The cycles of workshops, and the figures by distinct person ("En chiffres"). */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Prospective workshops")
public class CycleResource {

    public record CycleForm(
            @NotBlank(message = "{prospective.cycle.name.required}")
            @Size(max = Cycle.NAME_MAX_LENGTH, message = "{prospective.title.size}") String name,
            @NotNull(message = "{prospective.date.required}") LocalDate start,
            @NotNull(message = "{prospective.date.required}") LocalDate end) {
    }

    @Inject
    WorkshopService workshops;

    @Inject
    WorkshopSetupService setup;

    @POST
    @Path("cycles")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "Created; its address in Location",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CycleView.class)))
    @Operation(summary = "Open a cycle of workshops (POLE)")
    @RolesAllowed(Roles.POLE)
    public Response openCycle(@NotNull(message = "{request.body.required}") @Valid CycleForm form, @Context UriInfo uri) {
        CycleView created = setup.openCycle(form.name(), form.start(), form.end());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

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
