package org.fabrique.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The error page: what went wrong in a sentence and, for an unexpected error, an incident id that
 * the server log repeats beside the stack trace. No stack trace ever reaches the browser.
 */
@Named
@RequestScoped
public class ErrorView {

    private static final Logger LOG = Logger.getLogger(ErrorView.class.getName());

    private Integer status;
    private String incident;

    public int getStatus() {
        if (status == null) {
            Map<String, Object> request = FacesContext.getCurrentInstance().getExternalContext().getRequestMap();
            Object code = request.get(RequestDispatcher.ERROR_STATUS_CODE);
            Throwable error = (Throwable) request.get(RequestDispatcher.ERROR_EXCEPTION);
            status = code instanceof Integer i ? i : 500;
            if (isCause(error, jakarta.faces.application.ViewExpiredException.class)) {
                status = 440;
            } else if (isCause(error, jakarta.ejb.EJBAccessException.class) || isCause(error, SecurityException.class)) {
                status = 403;
                FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(403);
            } else if (isCause(error, org.fabrique.core.application.RecordNotFound.class)) {
                status = 404;
                FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
            } else if (error != null || status >= 500) {
                incident = UUID.randomUUID().toString().substring(0, 8);
                LOG.log(Level.SEVERE, "Incident " + incident + " on " + request.get(RequestDispatcher.ERROR_REQUEST_URI), error);
            }
        }
        return status;
    }

    /** The message key of the page's explanation. */
    public String getMessageKey() {
        return switch (getStatus()) {
            case 403 -> "error.forbidden";
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
