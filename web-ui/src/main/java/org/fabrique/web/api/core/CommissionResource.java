package org.fabrique.web.api.core;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fabrique.core.application.CommissionService;

/** One commission between missions, where the {@code Location} of a new one points. */
@Path("/commissions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Core")
public class CommissionResource {

    @Inject
    CommissionService commissions;

    @GET
    @Path("{id}")
    @Operation(summary = "A commission: its kind, origin and target as KIND:id, title and brief (any account)")
    public CommissionJson find(@PathParam("id") long id) {
        return CommissionJson.of(commissions.find(id));
    }
}
