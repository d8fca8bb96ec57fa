package org.fabrique.web.api.prospective;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fabrique.core.application.Roles;
import org.fabrique.prospective.application.IssueService.IssueView;
import org.fabrique.prospective.application.IssueService;
import org.fabrique.prospective.domain.Marker;
import org.fabrique.prospective.domain.WorkshopIssue;

/** A workshop's issues (enjeux): the group fixes them, ranks 5 to 10 of them, tags them with markers. */
@Path("/workshops/{id}/issues")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Prospective workshops")
public class IssueResource {

    public record IssueForm(
            @NotBlank(message = "{prospective.issue.title.required}")
            @Size(max = WorkshopIssue.TITLE_MAX_LENGTH, message = "{prospective.title.size}") String title,
            @Size(max = WorkshopIssue.TEXT_MAX_LENGTH, message = "{dialogue.text.size}") String description,
            List<Marker> markers,
            @Size(max = WorkshopIssue.TENSION_MAX_LENGTH, message = "{prospective.tension.size}") String tension,
            Long version) {
    }

    /** An issue's rank (none: out of the ranking) and the version of the issue read. */
    public record RankEntry(@NotNull(message = "{prospective.issue.required}") Long issueId,
            @Min(value = 1, message = "{prospective.rank.required}") Integer rank, Long version) {
    }

    public record RankingForm(@NotNull(message = "{prospective.ranking.required}") List<@Valid RankEntry> ranks) {
    }

    @Inject
    IssueService issues;

    @GET
    @Operation(summary = "Its issues, ranked ones first, with their markers and tensions (any account)")
    public List<IssueView> list(@PathParam("id") long id) {
        return issues.issues(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "Created; its address in Location",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IssueView.class)))
    @Operation(summary = "Record an issue the group fixed (POLE)")
    @RolesAllowed(Roles.POLE)
    public Response record(@PathParam("id") long id, @NotNull(message = "{request.body.required}") @Valid IssueForm form,
            @Context UriInfo uri) {
        IssueView created = issues.record(id, form.title(), form.description(), form.markers(), form.tension());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("{issueId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Revise an issue; send its version (POLE)")
    @RolesAllowed(Roles.POLE)
    public IssueView revise(@PathParam("id") long id, @PathParam("issueId") long issueId,
            @NotNull(message = "{request.body.required}") @Valid IssueForm form) {
        return issues.revise(id, issueId, form.version(), form.title(), form.description(), form.markers(), form.tension());
    }

    @DELETE
    @Path("{issueId}")
    @Operation(summary = "Delete an issue recorded by mistake: 204; 409 while it is ranked or a resource informs it "
            + "(POLE)")
    @RolesAllowed(Roles.POLE)
    public void delete(@PathParam("id") long id, @PathParam("issueId") long issueId) {
        issues.delete(id, issueId);
    }

    @PUT
    @Path("ranking")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The group's ranking: [{issueId, rank, version}], 1 first, each with the version of the issue "
            + "read; an issue without a rank, or not listed, leaves the ranking. List every issue to be sure that no change "
            + "made since is undone. Closing the exploratory sequence needs 5 to 10 ranked issues (POLE)")
    @RolesAllowed(Roles.POLE)
    public List<IssueView> rank(@PathParam("id") long id, @NotNull(message = "{request.body.required}") @Valid RankingForm form) {
        return issues.rank(id, form.ranks().stream()
                .map(r -> new IssueService.Ranked(r.issueId(), r.rank(), r.version())).toList());
    }
}
