package org.fabrique.web.api.core;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.fabrique.core.application.NamedRecord;
import org.fabrique.core.application.Roles;
import org.fabrique.core.domain.NamedReference;
import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;
import org.fabrique.web.api.PageView;
import org.fabrique.web.api.Paging;

/**
 * A list of reference records known by their name ({@code {"id","name"}}): anyone with an account
 * reads it, page by page and ordered by name; the pôle adds to it.
 */
public abstract class NamedReferenceResource {

    /** A new reference record. */
    public record NameForm(
            @NotBlank(message = "{reference.name.required}")
            @Size(max = NamedReference.NAME_MAX_LENGTH, message = "{reference.name.size}") String name) {
    }

    protected abstract Page<NamedRecord> page(PageRequest request);

    protected abstract NamedRecord find(long id);

    protected abstract NamedRecord add(String name);

    @GET
    @Operation(summary = "The list, by name (any account)")
    public PageView<NamedRecord> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return PageView.of(page(Paging.of(page, size)));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One record (any account)")
    public NamedRecord get(@PathParam("id") long id) {
        return find(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "Created; its address in Location",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NamedRecord.class)))
    @Operation(summary = "Add a record; names are unique, whatever their case (POLE)")
    @RolesAllowed(Roles.POLE)
    public Response create(@NotNull(message = "{request.body.required}") @Valid NameForm form, @Context UriInfo uri) {
        NamedRecord created = add(form.name());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }
}
