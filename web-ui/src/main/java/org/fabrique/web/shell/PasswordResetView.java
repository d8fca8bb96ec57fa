package org.fabrique.web.shell;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.fabrique.core.application.InvalidInput;
import org.fabrique.core.application.PasswordResets;
import org.fabrique.core.domain.StateConflict;
import org.fabrique.web.faces.Messages;
import org.fabrique.web.faces.PostRedirectGet;

/**
 * password-reset.xhtml: a person who received a one-time link chooses a new password, twice. The link's
 * secret comes in the address ({@code ?token=}) and goes back with the form in a hidden field; the page
 * keeps nothing on the server.
 */
@Named
@RequestScoped
public class PasswordResetView {

    @Inject
    PasswordResets resets;

    @Inject
    Messages messages;

    private String token;
    private String username;
    private boolean done;
    private String newPassword;
    private String confirmation;

    @PostConstruct
    void read() {
        token = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("token");
        username = resets.usable(token).orElse(null);
    }

    public void reset() {
        try {
            if (username == null) {
                messages.refused(new StateConflict("password.reset.invalid"));
                return;
            }
            if (newPassword == null || !newPassword.equals(confirmation)) {
                messages.refused(new InvalidInput("confirmation", "password.confirmation"), "reset");
                return;
            }
            resets.reset(token, newPassword.toCharArray());
            done = true;
            messages.info("passwordReset.done");
            // the link is used up: reading its address again could only say so
            PostRedirectGet.answerWithThisPage();
        } catch (InvalidInput e) {
            messages.refused(e, "reset");
        } catch (StateConflict e) {
            messages.refused(e);
            username = null;
        } finally {
            newPassword = null;
            confirmation = null;
        }
    }

    public String getToken() {
        return token;
    }

    /** Whose password the link resets, or null when it can no longer be used. */
    public String getUsername() {
        return username;
    }

    public boolean isDone() {
        return done;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
