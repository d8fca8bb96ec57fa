package org.fabrique.web.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.fabrique.core.application.AuditLog;
import org.fabrique.core.application.InvalidInput;
import org.fabrique.core.application.RecordNotFound;
import org.fabrique.core.domain.AuditType;
import org.fabrique.core.domain.StateConflict;
import org.fabrique.web.i18n.Texts;

/**
 * Turns every failure of an API call into an {@code application/problem+json} answer: 400 for a
 * malformed or invalid input (with the fields), 403 for a role that may not, 404 for a record the
 * caller may not know, 409 for a state conflict or a stale version, 500 with an incident id that the
 * log repeats with the stack trace, which never reaches the client.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Inject
    Texts texts;

    @Inject
    AuditLog audit;

    @Context
    UriInfo uri;

    @Context
    Request request;

    @Context
    SecurityContext security;

    @Override
    public Response toResponse(Throwable thrown) {
        Response response = respond(thrown,
                Texts.apiLocale(headers == null ? List.of() : headers.getAcceptableLanguages()), texts);
        if (response.getStatus() == 403 && audit != null && uri != null) {
            String who = security == null || security.getUserPrincipal() == null ? null
                    : security.getUserPrincipal().getName();
            audit.record(AuditType.ACCESS_DENIED, who, request.getMethod() + " /api/" + uri.getPath(false)
                    .replaceFirst("^/", ""), "role does not allow this");
        }
        return response;
    }

    /** The problem+json answer to a failure, with messages in the given language. */
    static Response respond(Throwable thrown, Locale locale, Texts texts) {
        Throwable e = unwrap(thrown);
        Problem problem;
        if (e instanceof InvalidQuery q) {
            problem = invalid(q.errors());
        } else if (e instanceof ConstraintViolationException cve) {
            problem = invalid(cve.getConstraintViolations().stream()
                    .map(v -> new Problem.FieldError(field(v), v.getMessage()))
                    .sorted(Comparator.comparing(Problem.FieldError::field))
                    .toList());
        } else if (e instanceof InvalidInput ii) {
            problem = invalid(List.of(new Problem.FieldError(ii.field(), texts.validation(ii.messageKey(), locale))));
        } else if (e instanceof RecordNotFound) {
            problem = Problem.of(404, "Not Found", "No such record.");
        } else if (e instanceof EJBAccessException || e instanceof SecurityException) {
            problem = Problem.of(403, "Forbidden", "Your role does not allow this.");
        } else if (e instanceof StateConflict sc) {
            problem = Problem.of(409, "Conflict", texts.validation(sc.messageKey(), locale));
        } else if (e instanceof OptimisticLockException) {
            problem = Problem.of(409, "Conflict", texts.validation("record.stale", locale));
        } else if (e instanceof JsonbException || e instanceof ProcessingException) {
            problem = Problem.of(400, "Bad Request", "The request body is not valid JSON for this resource.");
        } else if (e instanceof IllegalArgumentException iae) {
            problem = Problem.of(400, "Bad Request", iae.getMessage());
        } else if (e instanceof WebApplicationException wae && wae.getResponse().getStatus() < 500) {
            Response.StatusType status = wae.getResponse().getStatusInfo();
            problem = Problem.of(status.getStatusCode(), status.getReasonPhrase(), detail(status.getStatusCode()));
        } else {
            String incident = UUID.randomUUID().toString().substring(0, 8);
            LOG.log(Level.SEVERE, "Incident " + incident + " in the REST API", thrown);
            problem = new Problem("about:blank", "Internal Server Error", 500,
                    "An unexpected error occurred; quote incident " + incident + ".", null, incident);
        }
        Response.ResponseBuilder response = Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
        if (e instanceof WebApplicationException wae && wae.getResponse().getHeaderString("Allow") != null) {
            response.header("Allow", wae.getResponse().getHeaderString("Allow"));
        }
        return response.build();
    }

    private static Problem invalid(List<Problem.FieldError> errors) {
        return new Problem("about:blank", "Bad Request", 400, "The input is not valid: see errors.", errors, null);
    }

    private static String detail(int status) {
        return switch (status) {
            case 403 -> "Your role does not allow this.";
            case 404 -> "There is nothing at this address.";
            case 405 -> "This method is not allowed here.";
            case 406 -> "This resource answers application/json only.";
            case 415 -> "The request body must be application/json.";
            default -> "The request cannot be served.";
        };
    }

    private static Throwable unwrap(Throwable e) {
        Throwable current = e;
        while ((current instanceof EJBException && !(current instanceof EJBAccessException))
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    /** The name of the field a violation is about: the last node of its path (method and argument names dropped). */
    private static String field(ConstraintViolation<?> violation) {
        String name = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == jakarta.validation.ElementKind.PROPERTY
                    || node.getKind() == jakarta.validation.ElementKind.PARAMETER) {
                name = node.getName();
            }
        }
        return name == null ? violation.getPropertyPath().toString() : name;
    }
}
