package org.fabrique.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API's root; the OpenAPI description of it is served at {@code /openapi}: every operation with its
 * summary, its success's schema or media type, and its errors as a {@link Problem} ({@link ProblemResponses}).
 */
@ApplicationPath("/api")
@OpenAPIDefinition(
        info = @Info(title = "Fabrique API", version = "1",
                description = "Citizen dialogue, evaluation and prospective workshops of the pôle. "
                        + "HTTP Basic with an account's username and password, or the browser's session. "
                        + "Errors are application/problem+json (RFC 9457). "
                        + "Every POST accepts an optional Idempotency-Key header (1 to 255 printable ASCII characters): "
                        + "the same key from the same account within 24 hours runs the request once and replays its "
                        + "first success (same status, body and Location, with Idempotent-Replayed: true); another "
                        + "request under the same key gets 422, a retry while the first still runs waits, then 409; "
                        + "a malformed key gets 400."),
        security = @SecurityRequirement(name = "basic"),
        components = @Components(schemas = @Schema(name = "Problem", implementation = Problem.class)))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class FabriqueApi extends Application {
}
