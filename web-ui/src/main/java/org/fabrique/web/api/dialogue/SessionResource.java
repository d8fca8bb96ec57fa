package org.fabrique.web.api.dialogue;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fabrique.core.application.InvalidInput;
import org.fabrique.core.application.Roles;
import org.fabrique.dialogue.application.SessionService;
import org.fabrique.dialogue.application.SessionView;
import org.fabrique.dialogue.domain.AttachmentInfo;
import org.fabrique.dialogue.domain.SessionAttachment;
import org.fabrique.web.documents.ContentDisposition;

/** The sessions of the dialogue projects and the files kept with them (poster, minutes, photos). */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Citizen dialogue")
public class SessionResource {

    @Inject
    SessionService sessions;

    @GET
    @Path("sessions/{id}")
    @Operation(summary = "One session with its files (any account)")
    public SessionView get(@PathParam("id") long id) {
        return sessions.find(id);
    }

    @PUT
    @Path("sessions/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct what was recorded of a session; send version (POLE)")
    @RolesAllowed(Roles.POLE)
    public SessionView revise(@PathParam("id") long id,
            @NotNull(message = "{request.body.required}") @Valid SessionForm form) {
        return sessions.revise(id, form.version(), form.toService());
    }

    @DELETE
    @Path("sessions/{id}")
    @Operation(summary = "Delete a session recorded by mistake: 204; 409 while a recommendation came from it or files "
            + "are kept with it (POLE)")
    @RolesAllowed(Roles.POLE)
    public void delete(@PathParam("id") long id) {
        sessions.delete(id);
    }

    /**
     * The file is the request body, sent as it is (any media type: the content decides its kind); its
     * name comes from the {@code name} query parameter.
     */
    @POST
    @Path("sessions/{id}/attachments")
    @Consumes(MediaType.WILDCARD)
    @APIResponse(responseCode = "201", description = "Created; its address in Location",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AttachmentInfo.class)))
    @Operation(summary = "Keep a file with the session: body = the file, ?name=affiche.pdf; PDF, PNG, JPEG, "
            + "OpenDocument or Office Open XML, at most 8 MiB (POLE)")
    @RolesAllowed(Roles.POLE)
    public Response attach(@PathParam("id") long id, @QueryParam("name") String name,
            @HeaderParam("Content-Length") Long length, InputStream body, @Context UriInfo uri) throws IOException {
        if (name == null || name.isBlank()) {
            throw new InvalidInput("name", "dialogue.attachment.name.required");
        }
        if (length != null && length > SessionAttachment.MAX_BYTES) {
            throw new InvalidInput("file", "dialogue.attachment.tooLarge");
        }
        byte[] content = body == null ? new byte[0] : body.readNBytes(SessionAttachment.MAX_BYTES + 1);
        AttachmentInfo created = sessions.attach(id, name, content);
        return Response.created(uri.getBaseUriBuilder().path("attachments").path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @GET
    @Path("attachments/{id}")
    @Produces(MediaType.WILDCARD)
    @APIResponse(responseCode = "200", description = "The file, with its kind's media type",
            content = {@Content(mediaType = "*/*", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @Operation(summary = "Download a session's file, served with the media type of its kind (any account)")
    public Response download(@PathParam("id") long id) {
        SessionService.AttachmentFile file = sessions.download(id);
        return Response.ok(file.content(), file.kind().mediaType())
                .header("Content-Disposition", ContentDisposition.attachment(file.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    @DELETE
    @Path("attachments/{id}")
    @APIResponse(responseCode = "204", description = "Done; no body")
    @Operation(summary = "Remove a session's file (POLE)")
    public Response remove(@PathParam("id") long id) {
        sessions.remove(id);
        return Response.noContent().build();
    }
}
