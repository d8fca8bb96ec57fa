package org.fabrique.web.faces;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import org.fabrique.core.application.RecordNotFound;

/**
 * The refusals a page meets in normal use answer their error page at once, with their status and without
 * a stack trace in the server log: a record that does not exist or that the caller may not know (404), an
 * action the caller's role does not allow (403), and a made-up view state on an address
 * ({@code ?jakarta.faces.ViewState=x}: 404). Anything else is a defect and goes on to the error page with
 * an incident id, logged with its stack trace ({@code ErrorView}). A form sent back after the session
 * expired keeps its own page ("expired").
 */
public class QuietErrors extends ExceptionHandlerFactory {

    public QuietErrors(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            FacesContext faces = FacesContext.getCurrentInstance();
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                int status = statusOf(events.next().getContext().getException(), faces);
                if (status != 0 && !faces.getResponseComplete() && !faces.getExternalContext().isResponseCommitted()) {
                    events.remove();
                    answer(faces, status);
                }
            }
            getWrapped().handle();
        }

        private static int statusOf(Throwable thrown, FacesContext faces) {
            for (Throwable t = thrown; t != null; t = t.getCause()) {
                if (t instanceof RecordNotFound) {
                    return HttpServletResponse.SC_NOT_FOUND;
                }
                if (t instanceof EJBAccessException || t instanceof SecurityException) {
                    return HttpServletResponse.SC_FORBIDDEN;
                }
                if (t instanceof ViewExpiredException && "GET".equals(((HttpServletRequest) faces.getExternalContext().getRequest()).getMethod())) {
                    return HttpServletResponse.SC_NOT_FOUND;
                }
            }
            return 0;
        }

        private static void answer(FacesContext faces, int status) {
            ExternalContext external = faces.getExternalContext();
            external.responseReset();
            try {
                external.responseSendError(status, null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            faces.responseComplete();
        }
    }
}
