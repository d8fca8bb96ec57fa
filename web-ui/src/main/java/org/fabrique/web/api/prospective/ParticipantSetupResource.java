package org.fabrique.web.api.prospective;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fabrique.prospective.application.Views.ParticipantView;
import org.fabrique.prospective.application.Views.WorkshopView;
import org.fabrique.prospective.application.WorkshopService;
import org.fabrique.prospective.application.WorkshopSetupService;
import org.fabrique.prospective.domain.ParticipantCategory;

/**
 * A workshop's closed group: its list (members and POLE only) and seating a member (POLE). RESTEasy
 * chooses the resource class by its path before the method, the longest literal path first: this
 * class's path being longer than WorkshopResource's, the GET of the list is answered here as well, through
 * the same service. (Moving the POST into WorkshopResource would let this class go.)
 */
@Path("/workshops/{id}/participants")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Prospective workshops")
public class ParticipantSetupResource {

    public record ParticipantForm(
            @NotNull(message = "{prospective.participant.person.required}") Long personId,
            @NotNull(message = "{prospective.participant.category.required}") ParticipantCategory category) {
    }

    @Inject
    WorkshopService workshops;

    @Inject
    WorkshopSetupService setup;

    @GET
    @Operation(summary = "Its closed group: personId, displayName, category (members and POLE only)")
    public List<ParticipantView> participants(@PathParam("id") long id) {
        return workshops.participants(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Seat a person in the closed group: {personId, category} (POLE)")
    public Response seat(@PathParam("id") long id, @NotNull(message = "{request.body.required}") @Valid ParticipantForm form,
            @Context UriInfo uri) {
        WorkshopView workshop = setup.seat(id, form.personId(), form.category());
        return Response.created(uri.getAbsolutePath()).entity(workshop).build();
    }
}
