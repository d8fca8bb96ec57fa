package org.fabrique.web.api.core;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fabrique.core.application.AccountService;
import org.fabrique.core.application.Caller;
import org.fabrique.core.application.InvalidInput;
import org.fabrique.core.application.MyWork;
import org.fabrique.core.domain.Page;
import org.fabrique.web.api.PageView;
import org.fabrique.web.api.Problem;
import org.fabrique.web.i18n.Texts;
import org.fabrique.web.security.LoginGuard;

@Path("/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Core")
public class MeResource {

    /** Longer is no stronger, and each check of a password hashes it: a limit keeps that cost bounded. */
    static final int PASSWORD_MAX_LENGTH = 200;

    /** The signed-in account. */
    public record MeView(String username, String displayName, String role, Long personId, Long directorateId) {
    }

    /** A person's own password change: the current password, then the new one. */
    public record PasswordChange(
            @NotBlank(message = "{password.current.required}")
            @Size(max = PASSWORD_MAX_LENGTH, message = "{password.tooLong}") String currentPassword,
            @Size(max = PASSWORD_MAX_LENGTH, message = "{password.tooLong}") String newPassword) {
    }

    @Inject
    AccountService accounts;

    @Inject
    LoginGuard guard;

    @Inject
    MyWork work;

    @Inject
    Texts texts;

    /** One thing waiting for the caller: its kind, what it says, where to act, and its day (ISO) or null. */
    public record WorkItem(String kind, String title, String url, String due) {
    }

    @GET
    @Operation(summary = "The account making the call")
    public MeView me() {
        Caller caller = accounts.me();
        return new MeView(caller.username(), caller.displayName(), caller.role().name(), caller.personId(),
                caller.directorateId());
    }

    @GET
    @Path("work")
    @Operation(summary = "What waits for the caller, as the home page shows it, most urgent first; texts in English"
            + " unless Accept-Language prefers French")
    public PageView<WorkItem> work(@Context HttpHeaders headers) {
        Locale locale = Texts.apiLocale(headers.getAcceptableLanguages());
        List<WorkItem> items = work.forMe().stream()
                .map(item -> new WorkItem(item.kind(), texts.page(item.messageKey(), locale, item.arguments().toArray()),
                        item.path(), item.due() == null ? null : item.due().toString()))
                .toList();
        return PageView.of(new Page<>(items, 0, Math.max(1, items.size()), items.size()));
    }

    @POST
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "204", description = "Done; no body")
    @Operation(summary = "Change the caller's own password, giving the current one (204); a weak one is a 400 naming newPassword")
    public Response changePassword(@NotNull(message = "{request.body.required}") @Valid PasswordChange change,
            @Context HttpServletRequest request) {
        String username = request.getRemoteUser();
        Optional<Duration> wait = guard.waitFor(username, request.getRemoteAddr());
        if (wait.isPresent()) {
            long seconds = wait.get().toSeconds() + 1;
            return Response.status(429).header("Retry-After", seconds).type(Problem.MEDIA_TYPE)
                    .entity(Problem.of(429, "Too Many Requests", "Too many failed attempts: try again in " + seconds + " s."))
                    .build();
        }
        try {
            accounts.changeOwnPassword(chars(change.currentPassword()), chars(change.newPassword()));
        } catch (InvalidInput e) {
            if ("password.current.wrong".equals(e.messageKey())) {
                // guessing the current password with a stolen session is throttled as a sign-in is
                guard.failed(username, request.getRemoteAddr(), "wrong current password on a password change");
            }
            throw e;
        }
        return Response.noContent().build();
    }

    private static char[] chars(String text) {
        return text == null ? null : text.toCharArray();
    }
}
