package org.fabrique.web.api.core;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fabrique.core.infrastructure.SearchIndex;

/**
 * The probe a load balancer polls, and the floor the benchmark measures against: anonymous, no session, no
 * account read; {@code UP} when the database answers and the search index is caught up, else 503 {@code DOWN}
 * (the reason is in the server's log, never in the answer). One instance serves every probe: nothing is
 * looked up or injected per request.
 */
@ApplicationScoped
@Path("/health")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operations")
public class HealthResource {

    private static final Logger LOG = Logger.getLogger(HealthResource.class.getName());

    /** Seconds the database may take to say its connection is valid. */
    private static final int DATABASE_TIMEOUT_SECONDS = 2;

    @Resource(lookup = "java:jboss/datasources/FabriqueDS")
    DataSource dataSource;

    @Inject
    SearchIndex searchIndex;

    /** For CDI. */
    public HealthResource() {
    }

    /** Outside a container (tests), on a database and an index the caller manages. */
    public HealthResource(DataSource dataSource, SearchIndex searchIndex) {
        this.dataSource = dataSource;
        this.searchIndex = searchIndex;
    }

    /** What the probe answers. */
    public record Health(String status) {
    }

    @GET
    @SecurityRequirementsSet
    @APIResponse(responseCode = "200", description = "The database answers and the search index is ready",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Health.class)))
    @APIResponse(responseCode = "503", description = "Not ready: {\"status\":\"DOWN\"}",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Health.class)))
    @Operation(summary = "Whether Fabrique can serve: UP, or 503 DOWN while the database or the search index is not ready (anyone)")
    public Response health() {
        boolean up = isUp();
        return Response.status(up ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
                .entity(new Health(up ? "UP" : "DOWN")).header("Cache-Control", "no-store").build();
    }

    /** Whether the search index is caught up and the database answers. */
    public boolean isUp() {
        return searchIndex.isReady() && databaseAnswers();
    }

    private boolean databaseAnswers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(DATABASE_TIMEOUT_SECONDS);
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Health probe: the database does not answer", e);
            return false;
        }
    }
}
