package org.fabrique.web.api.core;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.fabrique.core.application.AccountChange;
import org.fabrique.core.application.AccountService;
import org.fabrique.core.application.AccountSummary;
import org.fabrique.core.application.NewAccount;
import org.fabrique.core.application.PasswordResets;
import org.fabrique.core.application.Roles;
import org.fabrique.core.domain.Account;
import org.fabrique.core.domain.AccountFilter;
import org.fabrique.core.domain.Person;
import org.fabrique.core.domain.PersonCategory;
import org.fabrique.core.domain.Role;
import org.fabrique.core.security.PasswordPolicy;
import org.fabrique.web.api.PageView;
import org.fabrique.web.api.Paging;
import org.fabrique.web.api.QueryParameters;
import org.fabrique.web.api.Sorting;
import org.fabrique.web.api.VersionForm;

/** Accounts, managed by the pôle. */
@Path("/accounts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Core")
public class AccountResource {

    /**
     * An account; {@code mayDisable} is false for a disabled account and for the caller's own, {@code mayChangeRole}
     * for the caller's own.
     */
    public record AccountView(long id, String username, String displayName, String email, PersonCategory category,
            Role role, Long directorateId, boolean enabled, long version, boolean mayDisable, boolean mayChangeRole) {

        static AccountView of(AccountSummary a) {
            return new AccountView(a.id(), a.username(), a.displayName(), a.email(), a.category(), a.role(),
                    a.directorateId(), a.enabled(), a.version(), a.mayDisable(), a.mayChangeRole());
        }
    }

    public record AccountForm(
            @NotBlank(message = "{account.username.required}")
            @Pattern(regexp = Account.USERNAME_PATTERN, message = "{account.username.pattern}") String username,
            @NotNull(message = "{account.password.required}")
            @Size(min = PasswordPolicy.MIN_LENGTH, max = PasswordPolicy.MAX_LENGTH, message = "{account.password.size}") String password,
            @NotBlank(message = "{person.name.required}") @Size(max = Person.NAME_MAX_LENGTH, message = "{person.name.size}") String displayName,
            @Email(message = "{person.email.invalid}") @Size(max = Person.EMAIL_MAX_LENGTH, message = "{person.email.invalid}") String email,
            @NotNull(message = "{person.category.required}") PersonCategory category,
            @NotNull(message = "{account.role.required}") Role role,
            Long directorateId) {
    }

    /** The version of the account the caller read, sent back with a state change (a stale one gets 409). */

    @Inject
    AccountService accounts;

    @Inject
    PasswordResets resets;

    /** What the pôle corrects on an account, with the version it read. */
    public record AccountEdit(
            @NotBlank(message = "{person.name.required}") @Size(max = Person.NAME_MAX_LENGTH, message = "{person.name.size}") String displayName,
            @Email(message = "{person.email.invalid}") @Size(max = Person.EMAIL_MAX_LENGTH, message = "{person.email.invalid}") String email,
            @NotNull(message = "{person.category.required}") PersonCategory category,
            @NotNull(message = "{account.role.required}") Role role,
            Long directorateId,
            Long version) {
    }

    @GET
    @Operation(summary = "Accounts (POLE): q= finds a text in the username, name or mail address, role= one role;"
            + " sort= username, displayName, role, enabled (- for descending), then by username")
    public PageView<AccountView> list(@QueryParam("page") String page, @QueryParam("size") String size,
            @QueryParam("q") String text, @QueryParam("role") String role, @QueryParam("sort") String sort) {
        return PageView.of(accounts.page(new AccountFilter(QueryParameters.optionalText("q", text),
                QueryParameters.optionalEnum("role", role, Role.class)), Sorting.of(sort, AccountFilter.SORT_FIELDS),
                Paging.of(page, size)), AccountView::of);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct an account: name, mail address, category, role and directorate (POLE); nobody changes"
            + " their own role (409); send the version read")
    @RolesAllowed(Roles.POLE)
    public AccountView update(@PathParam("id") long id,
            @NotNull(message = "{request.body.required}") @Valid AccountEdit edit) {
        return AccountView.of(accounts.update(id, edit.version(), new AccountChange(edit.displayName(), edit.email(),
                edit.category(), edit.role(), edit.role() == Role.DIRECTORATE ? edit.directorateId() : null)));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One account (POLE)")
    public AccountView get(@PathParam("id") long id) {
        return AccountView.of(accounts.find(id));
    }

    @POST
    @Path("{id}/deactivation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Disable an account: it can no longer sign in, even in a session already open (POLE)")
    @RolesAllowed(Roles.POLE)
    public AccountView disable(@PathParam("id") long id,
            VersionForm form) {
        return AccountView.of(accounts.setEnabled(id, false, VersionForm.of(form)));
    }

    @POST
    @Path("{id}/activation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Enable an account again (POLE)")
    @RolesAllowed(Roles.POLE)
    public AccountView enable(@PathParam("id") long id,
            VersionForm form) {
        return AccountView.of(accounts.setEnabled(id, true, VersionForm.of(form)));
    }

    /** Where a password reset link went. */
    public record ResetSent(String sentTo) {
    }

    @POST
    @Path("{id}/password-reset")
    @Operation(summary = "Mail the account's person a one-time link to choose a new password, valid 24 hours; "
            + "earlier links are cancelled; 409 without a mail address (POLE)")
    public ResetSent sendPasswordReset(@PathParam("id") long id) {
        return new ResetSent(resets.send(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "Created; its address in Location",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccountView.class)))
    @Operation(summary = "Open an account (POLE)")
    @RolesAllowed(Roles.POLE)
    public Response create(@NotNull(message = "{request.body.required}") @Valid AccountForm form, @Context UriInfo uri) {
        AccountSummary created = accounts.create(new NewAccount(form.username(), form.password().toCharArray(),
                form.displayName(), form.email(), form.category(), form.role(), form.directorateId()));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(AccountView.of(created)).build();
    }
}
