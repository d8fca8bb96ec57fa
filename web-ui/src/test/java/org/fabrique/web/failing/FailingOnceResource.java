package org.fabrique.web.failing;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Added to the WAR by IdempotencyIT only: a creation that fails with a server error on its first
 * attempt of each name, as a database outage would, and succeeds on the next ones, telling which attempt.
 */
@Path("/test-failing-once")
@Produces(MediaType.APPLICATION_JSON)
public class FailingOnceResource {

    private static final ConcurrentMap<String, AtomicInteger> ATTEMPTS = new ConcurrentHashMap<>();

    @POST
    @Path("{name}")
    public Response create(@PathParam("name") String name, @Context UriInfo uri) {
        int attempt = ATTEMPTS.computeIfAbsent(name, n -> new AtomicInteger()).incrementAndGet();
        if (attempt == 1) {
            throw new IllegalStateException("Simulated failure of a first attempt");
        }
        return Response.created(uri.getAbsolutePath()).entity(Map.of("name", name, "attempt", attempt)).build();
    }
}
