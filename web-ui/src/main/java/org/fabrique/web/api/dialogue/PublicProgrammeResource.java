package org.fabrique.web.api.dialogue;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fabrique.dialogue.application.PublicProgrammeService;
import org.fabrique.dialogue.application.PublicProgrammeService.PublicProgramme;

/** Open data: what the city publishes of a validated programme, readable without an account. */
@Path("/public/programmes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public")
public class PublicProgrammeResource {

    @Inject
    PublicProgrammeService publicProgrammes;

    @GET
    @SecurityRequirementsSet
    @Operation(summary = "The years of the validated programmes, latest first (anyone)")
    public List<Integer> years() {
        return publicProgrammes.years();
    }

    @GET
    @Path("{year}")
    @SecurityRequirementsSet
    @Operation(summary = "A validated programme: its dialogue projects, published recommendations and answers, on-time answer rate (anyone)")
    public PublicProgramme byYear(@PathParam("year") int year) {
        return publicProgrammes.byYear(year);
    }
}
