package org.fabrique.web.failing;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Added to the WAR by ErrorPageIT only: an endpoint that breaks, as a bug would. */
@Path("/test-failure")
@Produces(MediaType.APPLICATION_JSON)
public class FailingResource {

    @GET
    public String fail() {
        throw new IllegalStateException("Simulated defect for the error page test");
    }
}
