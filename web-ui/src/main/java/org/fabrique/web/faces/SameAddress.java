package org.fabrique.web.faces;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A page's forms post back to the page's own address, query included ({@code candidate.xhtml?id=12}, not
 * {@code candidate.xhtml}): whatever a postback answers, the address still names the record, and a bookmark
 * or the language switch taken from it keeps the page and its parameters. Faces' own parameters are left
 * out of the query (a forged {@code ?jakarta.faces.ViewState=} must not ride along with every postback).
 */
public class SameAddress extends ViewHandlerWrapper {

    public SameAddress(ViewHandler wrapped) {
        super(wrapped);
    }

    /** While set, Faces builds a link or a redirect (which names its own parameters), not a form's action. */
    private static final ThreadLocal<Boolean> LINKING = ThreadLocal.withInitial(() -> Boolean.FALSE);

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        String url = super.getActionURL(context, viewId);
        String query = LINKING.get() ? "" : query(context, viewId);
        return query.isEmpty() ? url : url + (url.indexOf('?') < 0 ? '?' : '&') + query;
    }

    /** A link to this page with other parameters ({@code ?sort=}, {@code ?year=}) carries those only. */
    @Override
    public String getBookmarkableURL(FacesContext context, String viewId, Map<String, List<String>> parameters,
            boolean includeViewParams) {
        return linking(() -> super.getBookmarkableURL(context, viewId, parameters, includeViewParams));
    }

    @Override
    public String getRedirectURL(FacesContext context, String viewId, Map<String, List<String>> parameters,
            boolean includeViewParams) {
        return linking(() -> super.getRedirectURL(context, viewId, parameters, includeViewParams));
    }

    private static String linking(Supplier<String> url) {
        boolean outer = LINKING.get();
        LINKING.set(Boolean.TRUE);
        try {
            return url.get();
        } finally {
            LINKING.set(outer);
        }
    }

    /** The query of the request for this very view, without Faces' and PrimeFaces' parameters; "" otherwise. */
    static String query(FacesContext context, String viewId) {
        if (!(context.getExternalContext().getRequest() instanceof HttpServletRequest request)
                || context.getViewRoot() == null || !viewId.equals(context.getViewRoot().getViewId())
                || !viewId.equals(request.getServletPath()) || request.getQueryString() == null) {
            return "";
        }
        return Arrays.stream(request.getQueryString().split("&"))
                .filter(pair -> !pair.isEmpty() && !pair.startsWith("jakarta.faces.") && !pair.startsWith("javax.faces.")
                        && !pair.startsWith("primefaces."))
                .collect(Collectors.joining("&"));
    }
}
