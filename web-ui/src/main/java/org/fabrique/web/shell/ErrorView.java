package org.fabrique.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.fabrique.core.application.AuditLog;
import org.fabrique.core.domain.AuditType;

/**
 * The error page: what went wrong in a sentence and, for an unexpected error, an incident id that
 * the server log repeats beside the stack trace. No stack trace ever reaches the browser.
 */
@Named
@RequestScoped
public class ErrorView {

    private static final Logger LOG = Logger.getLogger(ErrorView.class.getName());

    /** Set on a request whose refusal is already in the audit, so that its error page does not record it again. */
    public static final String AUDITED = "org.fabrique.audited";

    @Inject
    AuditLog audit;

    private Integer status;
    private String incident;

    public int getStatus() {
        if (status == null) {
            Map<String, Object> request = FacesContext.getCurrentInstance().getExternalContext().getRequestMap();
            Object code = request.get(RequestDispatcher.ERROR_STATUS_CODE);
            Throwable error = (Throwable) request.get(RequestDispatcher.ERROR_EXCEPTION);
            // no status: someone opened the error page's own address, which is no error to record
            status = code instanceof Integer i ? i : (error == null ? 404 : 500);
            if (code == null && error == null) {
                FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
            }
            if (isCause(error, jakarta.faces.application.ViewExpiredException.class)) {
                // a form sent back with a view state the session no longer holds: the client's request, not a defect
                status = 440;
                FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(400);
            } else if (isCause(error, jakarta.ejb.EJBAccessException.class) || isCause(error, SecurityException.class)) {
                status = 403;
                FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(403);
            } else if (isCause(error, org.fabrique.core.application.RecordNotFound.class)) {
                status = 404;
                FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
            }
            if (status == 403 && request.get(AUDITED) == null) {
                denied(request);
            }
            if (status != 403 && status != 404 && status != 440 && (error != null || status >= 500)) {
                incident = UUID.randomUUID().toString().substring(0, 8);
                LOG.log(Level.SEVERE, "Incident " + incident + " on " + request.get(RequestDispatcher.ERROR_REQUEST_URI), error);
            }
        }
        return status;
    }

    /** A page refused to its caller: an {@code ACCESS_DENIED} audit event. */
    private void denied(Map<String, Object> request) {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest http = (HttpServletRequest) external.getRequest();
        Object uri = request.get(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null ? http.getRequestURI() : uri.toString();
        audit.record(AuditType.ACCESS_DENIED, http.getRemoteUser(), http.getRemoteAddr(),
                path.substring(Math.min(path.length(), http.getContextPath().length())), "role does not allow this page");
    }

    /** The message key of the page's explanation. */
    public String getMessageKey() {
        return switch (getStatus()) {
            case 403 -> "error.forbidden";
            case 400 -> "error.badRequest";
            case 404 -> "error.notFound";
            case 440 -> "error.expired";
            default -> "error.unexpected";
        };
    }

    public String getIncident() {
        getStatus();
        return incident;
    }

    private static boolean isCause(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
