package org.fabrique.web.api;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/**
 * A {@code POST} with no body at all ({@code curl -X POST …/submission}) is read as the empty JSON object:
 * an action then runs without a version, and a creation answers 400 with what is missing rather than 415.
 * A request that sends a body keeps its own type, so anything but JSON is still refused with 415. It runs
 * before the resource method is chosen, since the methods that read JSON declare it.
 */
@Provider
@PreMatching
public class BodilessAction implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        if (HttpMethod.POST.equals(request.getMethod()) && request.getMediaType() == null && !request.hasEntity()) {
            request.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
            request.setEntityStream(new ByteArrayInputStream("{}".getBytes(StandardCharsets.UTF_8)));
        }
    }
}
