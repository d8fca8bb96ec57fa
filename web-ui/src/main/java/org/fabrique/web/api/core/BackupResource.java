package org.fabrique.web.api.core;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fabrique.core.application.RecordNotFound;
import org.fabrique.web.api.PageView;
import org.fabrique.web.api.Paging;
import org.fabrique.web.api.Problem;
import org.fabrique.web.backup.BackupByPgDump;
import org.fabrique.web.backup.BackupFile;
import org.fabrique.web.backup.BackupService;
import org.fabrique.web.i18n.Texts;

/**
 * Backups of the embedded database, for the pôle: take one now, list those kept. On PostgreSQL, 409 with a
 * problem naming the {@code pg_dump} command to use instead.
 */
@Path("/admin/backups")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Core")
public class BackupResource {

    /** A backup kept: its file name in the backup folder, its size in bytes, when it was taken. */
    public record BackupJson(String file, long size, java.time.Instant at) {
        static BackupJson of(BackupFile b) {
            return new BackupJson(b.file(), b.size(), b.at());
        }
    }

    @Inject
    BackupService backups;

    @Inject
    Texts texts;

    @Context
    HttpHeaders headers;

    @POST
    @APIResponse(responseCode = "201", description = "Created; its address in Location",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BackupJson.class)))
    @Operation(summary = "Back the embedded database up now into the backup folder (POLE); 409 on PostgreSQL, with the pg_dump command")
    public Response create(@Context UriInfo uri) {
        try {
            BackupFile backup = backups.backUp();
            return Response.created(uri.getAbsolutePathBuilder().path(backup.file()).build())
                    .entity(BackupJson.of(backup)).build();
        } catch (BackupByPgDump e) {
            String detail = texts.validation(e.messageKey(), Texts.apiLocale(headers.getAcceptableLanguages()), e.command());
            return Response.status(409).type(Problem.MEDIA_TYPE).entity(Problem.of(409, "Conflict", detail)).build();
        }
    }

    @GET
    @Operation(summary = "The backups kept, newest first (POLE)")
    public PageView<BackupJson> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return PageView.of(backups.backups(Paging.of(page, size)), BackupJson::of);
    }

    @GET
    @Path("{file}")
    @Operation(summary = "One backup kept, by its file name (POLE)")
    public BackupJson get(@PathParam("file") String file) {
        return backups.backup(file).map(BackupJson::of).orElseThrow(() -> new RecordNotFound("backup", file));
    }
}
