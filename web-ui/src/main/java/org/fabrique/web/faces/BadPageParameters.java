package org.fabrique.web.faces;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * An address whose parameters cannot name anything ({@code ?id=x}, {@code ?year=99999999999},
 * {@code ?id=1e9}) is a page that does not exist: the 404 page, without rendering the page on nothing and
 * without a stack trace in the log. It applies to every page with {@code <f:viewParam>}, whose conversion
 * failed while the view's parameters were processed; a form sent back (a postback) keeps its messages
 * beside its fields.
 */
public class BadPageParameters implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.PROCESS_VALIDATIONS;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // the view's parameters are converted during the phase
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        if (!faces.isPostback() && faces.isValidationFailed()) {
            try {
                faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            faces.responseComplete();
        }
    }
}
