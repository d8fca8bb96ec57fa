package org.fabrique.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * After a whole-page form's action succeeds, the browser is sent back to the page's address with a GET
 * (post-redirect-get), its messages carried over: the address names the record, and reloading it shows
 * the page again instead of posting the form a second time. An Ajax action, an action that was refused
 * (a warning or an error to show beside its fields), one that navigated elsewhere or answered itself (a
 * download, its own redirect), one that failed (a refusal of the services, shown by the error pages) is left
 * alone, and so is a postback that ran no action.
 */
public class PostRedirectGet implements PhaseListener {

    private static final long serialVersionUID = 1L;
    private static final String STAY = PostRedirectGet.class.getName() + ".stay";

    /**
     * For an action whose answer is the page as it is now and cannot be read again (a one-time link just used):
     * no redirect after it.
     */
    public static void answerWithThisPage() {
        FacesContext.getCurrentInstance().getAttributes().put(STAY, Boolean.TRUE);
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.INVOKE_APPLICATION;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // only what the action did matters
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        if (!faces.isPostback() || !ActionRan.ran(faces) || faces.getAttributes().containsKey(STAY)
                || faces.getPartialViewContext().isAjaxRequest()
                || faces.getResponseComplete()
                || faces.getExceptionHandler().getUnhandledExceptionQueuedEvents().iterator().hasNext()
                || faces.getRenderResponse() && faces.isValidationFailed() || faces.getViewRoot() == null) {
            return;
        }
        FacesMessage.Severity worst = faces.getMaximumSeverity();
        if (worst != null && worst.getOrdinal() >= FacesMessage.SEVERITY_WARN.getOrdinal()) {
            return;
        }
        String viewId = faces.getViewRoot().getViewId();
        ExternalContext external = faces.getExternalContext();
        if (!viewId.equals(external.getRequestServletPath())) {
            return;
        }
        String query = SameAddress.query(faces, viewId);
        external.getFlash().setKeepMessages(true);
        try {
            external.redirect(external.getRequestContextPath() + viewId + (query.isEmpty() ? "" : "?" + query));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
