package org.fabrique.web.api.prospective;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.EnumMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fabrique.core.application.Roles;
import org.fabrique.prospective.application.DocumentService;
import org.fabrique.prospective.application.DocumentView;
import org.fabrique.prospective.domain.Chapter;
import org.fabrique.prospective.domain.ChapterTexts;
import org.fabrique.web.api.VersionForm;

/**
 * A workshop's reference document, for its members and the pôle only: the draft the committee writes,
 * the adoption; its versions are {@link VersionResource}'s. (Each resource class of a workshop's
 * sub-paths has its own full path: RESTEasy picks the resource class by its path first, and a class at
 * {@code /workshops/{id}} would hide WorkshopResource's sub-paths.)
 */
@Path("/workshops/{id}/document")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Prospective workshops")
public class DocumentResource {

    /** The five chapters' texts, a chapter left out being empty, and the document's version. */
    public record DraftForm(
            @Size(max = ChapterTexts.MAX_LENGTH, message = "{prospective.chapter.size}") String issues,
            @Size(max = ChapterTexts.MAX_LENGTH, message = "{prospective.chapter.size}") String positioning,
            @Size(max = ChapterTexts.MAX_LENGTH, message = "{prospective.chapter.size}") String specificChoices,
            @Size(max = ChapterTexts.MAX_LENGTH, message = "{prospective.chapter.size}") String recommendations,
            @Size(max = ChapterTexts.MAX_LENGTH, message = "{prospective.chapter.size}") String conditionsOfSuccess,
            Long version) {
        Map<Chapter, String> chapters() {
            Map<Chapter, String> map = new EnumMap<>(Chapter.class);
            map.put(Chapter.ISSUES, issues);
            map.put(Chapter.POSITIONING, positioning);
            map.put(Chapter.SPECIFIC_CHOICES, specificChoices);
            map.put(Chapter.RECOMMENDATIONS, recommendations);
            map.put(Chapter.CONDITIONS_OF_SUCCESS, conditionsOfSuccess);
            return map;
        }
    }


    @Inject
    DocumentService documents;

    @GET
    @Operation(summary = "The document: draft, versions submitted, adoption, recommendations of the adopted version "
            + "(members and POLE only)")
    public DocumentView document(@PathParam("id") long id) {
        return documents.document(id);
    }

    @PUT
    @Path("draft")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write the draft of the next version, five chapters; send version (POLE, in the scenario sequence)")
    @RolesAllowed(Roles.POLE)
    public DocumentView writeDraft(@PathParam("id") long id,
            @NotNull(message = "{request.body.required}") @Valid DraftForm form) {
        return documents.writeDraft(id, form.version(), form.chapters());
    }

    @POST
    @Path("adoption")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The group adopts the latest version by consensus: refused while an amendment is undecided or the "
            + "draft holds changes not submitted; the workshop moves to ADOPTED (the president or POLE)")
    public DocumentView adopt(@PathParam("id") long id, VersionForm form) {
        return documents.adopt(id, VersionForm.of(form));
    }
}
