package org.fabrique.web.faces;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

/**
 * The pages a visitor sees (public pages, the login page, errors, a password link) keep no state on the
 * server: their view is transient, so that reading them opens no session (a session starts at sign-in).
 * It is marked as soon as the view exists, before PrimeFaces' CSP listener keeps its nonce in the view
 * (which would otherwise open a session to hold the view map).
 */
public class VisitorViews implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // the view does not exist yet
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        if (faces.getViewRoot() != null && faces.getExternalContext().getUserPrincipal() == null) {
            faces.getViewRoot().setTransient(true);
        }
    }
}
