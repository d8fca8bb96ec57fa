package org.fabrique.web.api.idempotency;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.Principal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.fabrique.core.application.CityClock;
import org.fabrique.web.api.Problem;

/**
 * Exactly once under retries, for every {@code POST} of the API sent with an {@code Idempotency-Key}:
 * <ol>
 * <li>before the resource runs, the key is claimed for the caller's account in a transaction of its own;
 * a request that finds the key already answered gets that answer again (same status, {@code Location}
 * and body, with {@code Idempotent-Replayed: true}); one that finds it claimed by a request still running
 * waits for its answer (409 after {@value #WAIT_SECONDS} seconds); one whose method, path or body differ
 * from the key's first request gets 422;</li>
 * <li>the resource runs in its own transactions, as without a key;</li>
 * <li>a success (2xx) is stored with the key, as written to the client; any other answer frees the key:
 * a refused or failed request changed nothing, and a retry runs again.</li>
 * </ol>
 * A malformed key gets 400 naming the header. Without a key, or on another method, nothing changes.
 * Authentication comes first (401 is never stored); a role that may not (403) frees the key.
 */
@Provider
@Priority(Priorities.USER)
public class IdempotencyFilter implements ContainerRequestFilter, ContainerResponseFilter, WriterInterceptor {

    static final long WAIT_SECONDS = 10;
    static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final String CLAIM = IdempotencyFilter.class.getName() + ".claim";
    private static final String PENDING = IdempotencyFilter.class.getName() + ".pending";
    private static final Logger LOG = Logger.getLogger(IdempotencyFilter.class.getName());

    /** A success whose body is still to be written, then stored. */
    private record Pending(long claim, int status, String location) {
    }

    @Inject
    IdempotencyKeys keys;

    @Inject
    CityClock clock;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (!"POST".equals(request.getMethod())) {
            return;
        }
        Optional<IdempotencyKey> key;
        try {
            key = IdempotencyKey.of(request.getHeaders().get(IdempotencyKey.HEADER));
        } catch (MalformedIdempotencyKey e) {
            request.abortWith(problem(new Problem("about:blank", "Bad Request", 400, e.getMessage(),
                    List.of(new Problem.FieldError(IdempotencyKey.HEADER, e.getMessage())), null)));
            return;
        }
        Principal caller = request.getSecurityContext().getUserPrincipal();
        if (key.isEmpty() || caller == null) {
            return;
        }
        byte[] body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
        request.setEntityStream(new ByteArrayInputStream(body));
        String query = request.getUriInfo().getRequestUri().getRawQuery();
        String path = request.getUriInfo().getPath(false) + (query == null ? "" : "?" + query);
        claimOrAnswer(request, caller.getName(), key.get(), RequestFingerprint.of(request.getMethod(), path, body));
    }

    /** Claims the key for this request, or answers it with the first request's answer or a refusal. */
    private void claimOrAnswer(ContainerRequestContext request, String username, IdempotencyKey key, String fingerprint) {
        long deadline = System.nanoTime() + Duration.ofSeconds(WAIT_SECONDS).toNanos();
        long pause = 10;
        while (true) {
            Optional<IdempotencyKeys.Claimed> found = keys.find(username, key);
            if (found.isPresent() && found.get().expired(clock.now())) {
                keys.forgetExpired(found.get().id());
                continue;
            }
            if (found.isPresent() && !found.get().fingerprint().equals(fingerprint)) {
                request.abortWith(problem(Problem.of(422, "Unprocessable Content", "This " + IdempotencyKey.HEADER
                        + " was already used for another request (another method, path or body) in the last 24 "
                        + "hours: send a new key for a new request.")));
                return;
            }
            if (found.isPresent() && found.get().answer() != null) {
                request.abortWith(replay(found.get().answer()));
                return;
            }
            if (found.isEmpty()) {
                Optional<Long> claim = keys.claim(username, key, fingerprint);
                if (claim.isPresent()) {
                    request.setProperty(CLAIM, claim.get());
                    return;
                }
            }
            // the same request, still running (or inserting its key right now): wait for its answer
            if (System.nanoTime() > deadline || !pause(pause)) {
                request.abortWith(Response.fromResponse(problem(Problem.of(409, "Conflict",
                        "A request with this " + IdempotencyKey.HEADER + " is still being processed: retry later.")))
                        .header(HttpHeaders.RETRY_AFTER, 1).build());
                return;
            }
            pause = Math.min(pause * 2, 200);
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object claim = request.getProperty(CLAIM);
        if (!(claim instanceof Long id)) {
            return;
        }
        request.removeProperty(CLAIM);
        int status = response.getStatus();
        String location = response.getHeaderString(HttpHeaders.LOCATION);
        try {
            if (status < 200 || status > 299) {
                keys.release(id);
            } else if (response.hasEntity()) {
                request.setProperty(PENDING, new Pending(id, status, location));
            } else {
                keys.answer(id, new StoredAnswer(status, location, null, null));
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not store the answer of idempotency key " + id, e);
        }
    }

    /** Writes a success's body into memory first, stores it with the key, then sends it. */
    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        Object pending = context.getProperty(PENDING);
        if (!(pending instanceof Pending answer)) {
            context.proceed();
            return;
        }
        context.removeProperty(PENDING);
        OutputStream client = context.getOutputStream();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        context.setOutputStream(body);
        try {
            context.proceed();
        } catch (IOException | RuntimeException e) {
            keys.release(answer.claim());
            throw e;
        } finally {
            context.setOutputStream(client);
        }
        byte[] bytes = body.toByteArray();
        try {
            keys.answer(answer.claim(), new StoredAnswer(answer.status(), answer.location(),
                    context.getMediaType() == null ? null : context.getMediaType().toString(), bytes));
        } catch (RuntimeException e) {
            // the client still gets its answer; the key stays in progress, and its retries get 409
            LOG.log(Level.WARNING, "Could not store the answer of idempotency key " + answer.claim(), e);
        }
        client.write(bytes);
    }

    private static Response replay(StoredAnswer answer) {
        Response.ResponseBuilder replayed = Response.status(answer.status()).header(REPLAYED_HEADER, "true");
        if (answer.location() != null) {
            replayed.header(HttpHeaders.LOCATION, answer.location());
        }
        if (answer.body() != null) {
            replayed.entity(answer.body()).type(answer.contentType());
        }
        return replayed.build();
    }

    private static Response problem(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static boolean pause(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
