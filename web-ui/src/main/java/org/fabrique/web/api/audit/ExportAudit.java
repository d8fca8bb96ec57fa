package org.fabrique.web.api.audit;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import org.fabrique.core.application.AuditLog;
import org.fabrique.core.domain.AuditType;

/** Records each export served (2xx) by a method marked {@link Exported}: who, which address, with which filters. */
@Provider
@Exported
public class ExportAudit implements ContainerResponseFilter {

    @Inject
    AuditLog audit;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() / 100 != 2) {
            return;
        }
        var principal = request.getSecurityContext().getUserPrincipal();
        String query = request.getUriInfo().getRequestUri().getRawQuery();
        audit.record(AuditType.EXPORT, principal == null ? null : principal.getName(),
                "/api/" + request.getUriInfo().getPath(false).replaceFirst("^/", ""), query);
    }
}
