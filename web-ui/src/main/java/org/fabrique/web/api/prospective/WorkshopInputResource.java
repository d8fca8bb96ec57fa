package org.fabrique.web.api.prospective;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fabrique.core.application.Roles;
import org.fabrique.prospective.application.InputService.InputView;
import org.fabrique.prospective.application.InputService.NewInput;
import org.fabrique.prospective.application.InputService;
import org.fabrique.prospective.domain.ResourceType;
import org.fabrique.prospective.domain.WorkshopInput;

/** What a workshop draws on: its knowledge base, benchmarks, expert hearings and site visits. */
@Path("/workshops/{id}/resources")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Prospective workshops")
public class WorkshopInputResource {

    public record ResourceForm(
            @NotNull(message = "{prospective.resource.type.required}") ResourceType type,
            @NotBlank(message = "{prospective.resource.title.required}")
            @Size(max = WorkshopInput.TITLE_MAX_LENGTH, message = "{prospective.title.size}") String title,
            @Size(max = WorkshopInput.TITLE_MAX_LENGTH, message = "{prospective.title.size}") String source,
            @Size(max = WorkshopInput.TITLE_MAX_LENGTH, message = "{prospective.title.size}") String organisation,
            @Size(max = WorkshopInput.TEXT_MAX_LENGTH, message = "{dialogue.text.size}") String content,
            @Size(max = WorkshopInput.TEXT_MAX_LENGTH, message = "{dialogue.text.size}") String lesson,
            LocalDate date,
            List<Long> issueIds,
            Long version) {

        NewInput toNew() {
            return new NewInput(type, title, source, organisation, content, lesson, date, issueIds);
        }
    }

    @Inject
    InputService resources;

    @GET
    @Operation(summary = "Its resources by type: DIAGNOSTIC, REVIEW, DATA, ACTORS, LEVERS, BENCHMARK, EXPERT_HEARING, "
            + "SITE_VISIT, each with the issues it informs (any account)")
    public List<InputView> list(@PathParam("id") long id) {
        return resources.resources(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "Created; its address in Location",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InputView.class)))
    @Operation(summary = "Add a resource: a benchmark (source = city or body, content = practice, lesson), an expert hearing "
            + "(source = expert, organisation, title = topic, content = key points), a visit or a document (POLE)")
    @RolesAllowed(Roles.POLE)
    public Response add(@PathParam("id") long id, @NotNull(message = "{request.body.required}") @Valid ResourceForm form,
            @Context UriInfo uri) {
        InputView created = resources.add(id, form.toNew());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("{resourceId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct a resource, the issues it informs included (issueIds replaces the list); send its "
            + "version (POLE)")
    @RolesAllowed(Roles.POLE)
    public InputView revise(@PathParam("id") long id, @PathParam("resourceId") long resourceId,
            @NotNull(message = "{request.body.required}") @Valid ResourceForm form) {
        return resources.revise(id, resourceId, form.version(), form.toNew());
    }

    @DELETE
    @Path("{resourceId}")
    @Operation(summary = "Delete a resource recorded by mistake, with its links to issues: 204 (POLE)")
    @RolesAllowed(Roles.POLE)
    public void delete(@PathParam("id") long id, @PathParam("resourceId") long resourceId) {
        resources.delete(id, resourceId);
    }
}
