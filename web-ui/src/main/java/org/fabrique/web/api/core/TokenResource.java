package org.fabrique.web.api.core;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fabrique.core.application.NewToken;
import org.fabrique.core.application.TokenService;
import org.fabrique.core.application.TokenSummary;
import org.fabrique.core.domain.Page;
import org.fabrique.web.api.PageView;

/** The caller's personal API tokens (api.md): create one (its secret shown this once), list, revoke. */
@Path("/me/tokens")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Core")
public class TokenResource {

    /** A token without its secret. */
    public record TokenJson(long id, String name, Instant createdAt, LocalDate expiresOn, Instant lastUsedAt) {
        static TokenJson of(TokenSummary t) {
            return new TokenJson(t.id(), t.name(), t.createdAt(), t.expiresOn(), t.lastUsedAt());
        }
    }

    /** A token just created, with its secret: the only time it is ever shown. */
    public record CreatedTokenJson(long id, String name, String token, Instant createdAt, LocalDate expiresOn) {
    }

    /** What a person sends to create a token: a name, and an expiry (by default in 90 days, at most a year). */
    public record TokenForm(String name, LocalDate expiresOn) {
    }

    @Inject
    TokenService tokens;

    @GET
    @Operation(summary = "The caller's tokens, newest first, without their secret, with their last use")
    public PageView<TokenJson> list() {
        List<TokenJson> mine = tokens.mine().stream().map(TokenJson::of).toList();
        return PageView.of(new Page<>(mine, 0, Math.max(1, mine.size()), mine.size()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "Created; its address in Location",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CreatedTokenJson.class)))
    @Operation(summary = "Create a token for the caller; its secret is in this answer only")
    public Response create(@NotNull(message = "{request.body.required}") TokenForm form, @Context UriInfo uri) {
        NewToken created = tokens.create(form.name(), form.expiresOn());
        TokenSummary t = created.token();
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(t.id())).build())
                .entity(new CreatedTokenJson(t.id(), t.name(), created.secret(), t.createdAt(), t.expiresOn()))
                .build();
    }

    @DELETE
    @Path("{id}")
    @APIResponse(responseCode = "204", description = "Done; no body")
    @Operation(summary = "Revoke one of the caller's tokens: it stops working at once")
    public Response revoke(@PathParam("id") long id) {
        tokens.revoke(id);
        return Response.noContent().build();
    }
}
