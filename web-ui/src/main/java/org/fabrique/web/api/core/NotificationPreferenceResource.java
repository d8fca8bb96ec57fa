package org.fabrique.web.api.core;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fabrique.core.application.AccountService;
import org.fabrique.core.domain.NotificationPreference;

/** The signed-in person's choice between immediate mails and a daily digest. */
@Path("/me/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Core")
public class NotificationPreferenceResource {

    /** {@code IMMEDIATE} or {@code DAILY_DIGEST}. */
    public record PreferenceJson(@NotNull(message = "{notifications.preference.required}")
            NotificationPreference preference) {
    }

    @Inject
    AccountService accounts;

    @GET
    @Operation(summary = "How the caller is told of what concerns them: IMMEDIATE mails or a DAILY_DIGEST")
    public PreferenceJson find() {
        return new PreferenceJson(accounts.notificationPreference());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Chooses IMMEDIATE mails or a DAILY_DIGEST (any account, for itself)")
    public PreferenceJson choose(@Valid @NotNull(message = "{request.body.required}") PreferenceJson body) {
        return new PreferenceJson(accounts.chooseNotifications(body.preference()));
    }
}
