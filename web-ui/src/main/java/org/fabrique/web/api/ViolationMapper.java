package org.fabrique.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.jboss.resteasy.api.validation.ResteasyViolationException;
import org.fabrique.web.i18n.Texts;

/**
 * Bean Validation failures of a request, which RESTEasy raises as its own exception type (its
 * built-in mapper for it would otherwise answer plain JSON): the same problem+json as every error.
 */
@Provider
public class ViolationMapper implements ExceptionMapper<ResteasyViolationException> {

    @Context
    HttpHeaders headers;

    @Inject
    Texts texts;

    @Override
    public Response toResponse(ResteasyViolationException e) {
        if (e.getException() != null) {
            // validation itself broke: a server error, not a bad input
            return ProblemMapper.respond(e.getException(), Texts.apiLocale(headers.getAcceptableLanguages()), texts);
        }
        return ProblemMapper.respond(e, Texts.apiLocale(headers.getAcceptableLanguages()), texts);
    }
}
