package org.fabrique.web.api.prospective;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fabrique.prospective.application.WorkshopSetupService;

/** A member acknowledges the workshop's charter. */
@Path("/workshops/{id}/charter")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Prospective workshops")
public class CharterResource {

    @Inject
    WorkshopSetupService setup;

    @POST
    @Operation(summary = "The caller, a member, acknowledges the charter's seven principles (204; 403 outside the group)")
    public Response acknowledge(@PathParam("id") long id) {
        setup.acknowledgeCharter(id);
        return Response.noContent().build();
    }
}
