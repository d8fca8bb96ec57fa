package org.fabrique.web.shell;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import org.fabrique.core.application.AccountService;
import org.fabrique.core.application.AuditLog;
import org.fabrique.core.domain.AuditType;
import org.fabrique.web.i18n.LocaleSelection;
import org.fabrique.web.i18n.Texts;
import org.fabrique.web.security.FabriqueAuthenticationMechanism;

/** The login form, and logout. */
@Named
@RequestScoped
public class LoginView {

    @Inject
    SecurityContext security;

    @Inject
    AccountService accounts;

    @Inject
    LocaleSelection localeSelection;

    @Inject
    Texts texts;

    @Inject
    AuditLog audit;

    @NotBlank(message = "{login.username.required}")
    private String username;

    @NotBlank(message = "{login.password.required}")
    private String password;

    /** Where to go after login: a path inside the application, from the redirect to the login page. */
    private String next;

    public String login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = security.authenticate((HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                withParams().credential(new UsernamePasswordCredential(username, password)).newAuthentication(true));
        switch (status) {
            case SUCCESS -> {
                localeSelection.adoptAccountLanguage(accounts.me().language());
                external.redirect(external.getRequestContextPath() + safeNext());
                faces.responseComplete();
            }
            case SEND_CONTINUE -> faces.responseComplete();
            default -> {
                Object wait = external.getRequestMap().get(FabriqueAuthenticationMechanism.THROTTLED);
                String message = wait == null ? texts.page("login.failed", localeSelection.getLocale())
                        : texts.page("login.throttled", localeSelection.getLocale(), wait);
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
            }
        }
        password = null;
        return null;
    }

    public void logout() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (request.getRemoteUser() != null) {
            audit.record(AuditType.LOGOUT, request.getRemoteUser(), request.getRemoteAddr(), null, null);
        }
        try {
            request.logout();
        } catch (jakarta.servlet.ServletException e) {
            // the session below goes anyway
        }
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml?loggedOut=true");
    }

    /** Only a path of this application (no scheme, no host, no "//"): never an open redirect. */
    private String safeNext() {
        if (next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\")
                && !next.startsWith("/login.xhtml")) {
            return next;
        }
        return "/index.xhtml";
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
