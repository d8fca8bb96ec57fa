package org.fabrique.web.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.util.Arrays;

/**
 * The API reads JSON bodies only: a request with a body of another type is refused with 415 before
 * anything reads it, whatever its resource method accepts. The one exception is an upload, whose method
 * declares it takes any type ({@code POST /api/sessions/{id}/attachments}: the body is the file, whose
 * kind the service checks), and even there not the three types a plain HTML form of another site can
 * send ({@code application/x-www-form-urlencoded}, {@code multipart/form-data}, {@code text/plain}). With
 * this rule and {@link org.fabrique.web.security.SameOriginWrites}, no form of another site acts on
 * Fabrique. A request with no body at all is an action ({@link BodilessAction}).
 */
@Provider
public class JsonBodiesOnly implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!request.hasEntity()) {
            return;
        }
        MediaType type = request.getMediaType();
        if (type != null && (MediaType.APPLICATION_JSON_TYPE.isCompatible(type) || isDeclaredUpload(type))) {
            return;
        }
        throw new NotSupportedException();
    }

    private boolean isDeclaredUpload(MediaType type) {
        if (isFormType(type) || resource == null || resource.getResourceMethod() == null) {
            return false;
        }
        Consumes consumes = resource.getResourceMethod().getAnnotation(Consumes.class);
        return consumes != null && Arrays.asList(consumes.value()).contains(MediaType.WILDCARD);
    }

    /** What an HTML form can send without script, to any site. */
    static boolean isFormType(MediaType type) {
        return MediaType.APPLICATION_FORM_URLENCODED_TYPE.isCompatible(type) || MediaType.MULTIPART_FORM_DATA_TYPE.isCompatible(type)
                || MediaType.TEXT_PLAIN_TYPE.isCompatible(type);
    }
}
