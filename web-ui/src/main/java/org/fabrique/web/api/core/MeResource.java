package org.fabrique.web.api.core;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fabrique.core.application.AccountService;
import org.fabrique.core.application.Caller;

@Path("/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Core")
public class MeResource {

    /** The signed-in account. */
    public record MeView(String username, String displayName, String role, Long personId, Long directorateId) {
    }

    @Inject
    AccountService accounts;

    @GET
    @Operation(summary = "The account making the call")
    public MeView me() {
        Caller caller = accounts.me();
        return new MeView(caller.username(), caller.displayName(), caller.role().name(), caller.personId(),
                caller.directorateId());
    }
}
