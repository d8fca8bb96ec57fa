package org.fabrique.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.fabrique.core.application.AccountService;
import org.fabrique.core.application.Caller;

/** The signed-in person, read once per request. */
@Named("caller")
@RequestScoped
public class CallerView {

    @Inject
    AccountService accounts;

    private Caller caller;

    public Caller get() {
        if (caller == null && FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal() != null) {
            caller = accounts.me();
        }
        return caller;
    }

    public boolean isSignedIn() {
        return get() != null;
    }

    public String getDisplayName() {
        return get() == null ? "" : get().displayName();
    }

    public String getRole() {
        return get() == null ? "" : get().role().name();
    }
}
