package org.fabrique.web.api.prospective;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fabrique.prospective.application.Views.CycleView;
import org.fabrique.prospective.application.WorkshopSetupService;

/** Opening a cycle of workshops (POLE); at CycleResource's class path, which RESTEasy matches first. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Prospective workshops")
public class CycleSetupResource {

    public record CycleForm(
            @NotBlank(message = "{prospective.cycle.name.required}") @Size(max = 200, message = "{prospective.text.size}") String name,
            @NotNull(message = "{prospective.cycle.start.required}") LocalDate start,
            @NotNull(message = "{prospective.cycle.end.required}") LocalDate end) {
    }

    @Inject
    WorkshopSetupService setup;

    @POST
    @Path("cycles")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open a cycle of workshops: {name, start, end} (POLE)")
    public Response createCycle(@NotNull(message = "{request.body.required}") @Valid CycleForm form, @Context UriInfo uri) {
        CycleView created = setup.createCycle(form.name(), form.start(), form.end());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }
}
