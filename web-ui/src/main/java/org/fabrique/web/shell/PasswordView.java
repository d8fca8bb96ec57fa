package org.fabrique.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Optional;
import org.fabrique.core.application.AccountService;
import org.fabrique.core.application.InvalidInput;
import org.fabrique.web.faces.Messages;
import org.fabrique.web.security.LoginGuard;

/**
 * account.xhtml, the password: the person gives the current one and a new one twice. A wrong current
 * password counts as a failed sign-in (a stolen session cannot guess it at leisure).
 */
@Named
@RequestScoped
public class PasswordView {

    @Inject
    AccountService accounts;

    @Inject
    LoginGuard guard;

    @Inject
    Messages messages;

    private String currentPassword;
    private String newPassword;
    private String confirmation;

    public void change() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        Optional<Duration> wait = guard.waitFor(request.getRemoteUser(), request.getRemoteAddr());
        try {
            if (wait.isPresent()) {
                messages.error("login.throttled", wait.get().toSeconds() + 1);
                return;
            }
            if (newPassword == null || !newPassword.equals(confirmation)) {
                messages.refused(new InvalidInput("confirmation", "password.confirmation"), "password");
                return;
            }
            accounts.changeOwnPassword(chars(currentPassword), chars(newPassword));
            messages.info("password.changed");
        } catch (InvalidInput e) {
            if ("password.current.wrong".equals(e.messageKey())) {
                guard.failed(request.getRemoteUser(), request.getRemoteAddr(), "wrong current password on a password change");
            }
            messages.refused(e, "password");
        } finally {
            currentPassword = null;
            newPassword = null;
            confirmation = null;
        }
    }

    private static char[] chars(String text) {
        return text == null ? null : text.toCharArray();
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
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
