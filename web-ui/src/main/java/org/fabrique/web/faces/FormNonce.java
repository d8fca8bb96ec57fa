package org.fabrique.web.faces;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * A form sent back without the nonce PrimeFaces' CSP mode gave its page (a request forged or mangled on the way) is a
 * bad request: the 400 page, before anything is decoded, instead of the failure PrimeFaces would raise while
 * rendering the answer. The rule is PrimeFaces' own ({@code CspState}): a view that holds a nonce takes back only
 * that nonce; a stateless view holds none.
 */
public class FormNonce implements PhaseListener {

    private static final long serialVersionUID = 1L;
    private static final String NONCE = "primefaces.nonce";

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // the view, and the nonce it holds, are restored during the phase
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        UIViewRoot view = faces.getViewRoot();
        if (!faces.isPostback() || view == null || faces.getResponseComplete()) {
            return;
        }
        Map<String, Object> state = view.getViewMap(false);
        Object expected = state == null ? null : state.get(NONCE);
        if (expected != null && !expected.equals(faces.getExternalContext().getRequestParameterMap().get(NONCE))) {
            try {
                faces.getExternalContext().responseSendError(HttpServletResponse.SC_BAD_REQUEST, null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            faces.responseComplete();
        }
    }
}
