package org.fabrique.web.api.prospective;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fabrique.prospective.application.Views.WorkshopView;
import org.fabrique.prospective.application.WorkshopSetupService;

/** A workshop moved to the next step of the method. */
@Path("/workshops/{id}/advance")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Prospective workshops")
public class WorkshopStepResource {

    @Inject
    WorkshopSetupService setup;

    @POST
    @Operation(summary = "Move the workshop to the next step: preparation, exploratory, resource, scenario… (POLE)")
    public WorkshopView advance(@PathParam("id") long id) {
        return setup.advance(id);
    }
}
