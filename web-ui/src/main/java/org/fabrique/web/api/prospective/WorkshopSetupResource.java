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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fabrique.core.domain.TerritorialScale;
import org.fabrique.prospective.application.Views.WorkshopView;
import org.fabrique.prospective.application.WorkshopSetupService;

/**
 * Creating a workshop (POLE). Its class path is WorkshopResource's: RESTEasy chooses the resource class
 * by its path before the method, so a POST on {@code /workshops} must live in a class at that path.
 */
@Path("/workshops")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Prospective workshops")
public class WorkshopSetupResource {

    public record WorkshopForm(
            @NotNull(message = "{prospective.workshop.cycle.required}") Long cycleId,
            @NotBlank(message = "{prospective.workshop.title.required}") @Size(max = 200, message = "{prospective.text.size}") String title,
            @NotNull(message = "{prospective.workshop.president.required}") Long presidentId,
            Long policyId,
            TerritorialScale scale) {
    }

    @Inject
    WorkshopSetupService setup;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a workshop in preparation: {cycleId, title, presidentId, policyId?, scale?}; a major issue "
            + "without policyId (POLE)")
    public Response create(@NotNull(message = "{request.body.required}") @Valid WorkshopForm form, @Context UriInfo uri) {
        WorkshopView created = setup.create(form.cycleId(), form.title(), form.presidentId(), form.policyId(), form.scale());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }
}
