package org.fabrique.web.api.prospective;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fabrique.prospective.application.AmendmentService;
import org.fabrique.prospective.application.AmendmentView;
import org.fabrique.prospective.domain.Amendment;
import org.fabrique.prospective.domain.AmendmentStatus;
import org.fabrique.prospective.domain.Chapter;
import org.fabrique.web.api.PageView;
import org.fabrique.web.api.Paging;
import org.fabrique.web.api.VersionForm;

/**
 * The amendments to a workshop's reference document: read by its members and the pôle only (403 for
 * anyone else), proposed by its members, decided by the president or the pôle, withdrawn by their author.
 */
@Path("/workshops/{id}/amendments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Prospective workshops")
public class AmendmentResource {

    public record AmendmentForm(
            @NotNull(message = "{prospective.amendment.chapter.required}") Chapter chapter,
            @NotBlank(message = "{prospective.amendment.passage.required}")
            @Size(max = Amendment.PASSAGE_MAX_LENGTH, message = "{prospective.text.size}") String passage,
            @NotBlank(message = "{prospective.amendment.proposedText.required}")
            @Size(max = Amendment.TEXT_MAX_LENGTH, message = "{prospective.text.size}") String proposedText,
            @NotBlank(message = "{prospective.amendment.rationale.required}")
            @Size(max = Amendment.RATIONALE_MAX_LENGTH, message = "{prospective.text.size}") String rationale) {
    }

    public record DecisionForm(
            @NotNull(message = "{prospective.amendment.decision.required}") AmendmentStatus decision,
            @Size(max = Amendment.TEXT_MAX_LENGTH, message = "{prospective.text.size}") String modifiedText,
            Long version) {
    }


    @Inject
    AmendmentService amendments;

    @GET
    @Operation(summary = "The amendments in the order proposed, with author {personId, displayName}, chapter, status, "
            + "passage, proposedText, rationale (members and POLE only; anyone else 403)")
    public PageView<AmendmentView> list(@PathParam("id") long id, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return PageView.of(amendments.page(id, Paging.of(page, size)));
    }

    @GET
    @Path("{amendmentId}")
    @Operation(summary = "One amendment (members and POLE only)")
    public AmendmentView get(@PathParam("id") long id, @PathParam("amendmentId") long amendmentId) {
        return amendments.find(id, amendmentId);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "Created; its address in Location",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AmendmentView.class)))
    @Operation(summary = "Propose an amendment to the latest version: {chapter, passage, proposedText, rationale} "
            + "(members who acknowledged the charter, in the scenario sequence; 403 outside the group, 409 before the charter)")
    public Response propose(@PathParam("id") long id,
            @NotNull(message = "{request.body.required}") @Valid AmendmentForm form, @Context UriInfo uri) {
        AmendmentView created = amendments.propose(id, form.chapter(), form.passage(), form.proposedText(), form.rationale());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @POST
    @Path("{amendmentId}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the group's decision: ACCEPTED, ACCEPTED_AS_MODIFIED (with modifiedText) or REJECTED; "
            + "send version (the president or POLE)")
    public AmendmentView decide(@PathParam("id") long id, @PathParam("amendmentId") long amendmentId,
            @NotNull(message = "{request.body.required}") @Valid DecisionForm form) {
        return amendments.decide(id, amendmentId, form.version(), form.decision(), form.modifiedText());
    }

    @POST
    @Path("{amendmentId}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Withdraw one's own undecided amendment; send version (its author)")
    public AmendmentView withdraw(@PathParam("id") long id, @PathParam("amendmentId") long amendmentId,
            VersionForm form) {
        return amendments.withdraw(id, amendmentId, VersionForm.of(form));
    }
}
