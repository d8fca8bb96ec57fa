package org.fabrique.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.fabrique.core.application.TokenHolder;
import org.fabrique.core.application.TokenService;
import org.fabrique.core.domain.Account;
import org.fabrique.core.domain.AccountRepository;

/**
 * How a caller proves who they are.
 * <ul>
 * <li>The login page hands a username and password to {@code SecurityContext.authenticate}; when they
 * are valid the account is remembered in the (renewed) session.</li>
 * <li>Later browser requests are authenticated from that session, as long as the account still
 * exists and is enabled.</li>
 * <li>The REST API also accepts a personal token ({@code Authorization: Bearer}) or HTTP Basic on every
 * request, without creating a session.</li>
 * <li>Every password or token is first put to the {@link LoginGuard}: a caller locked out after too many
 * failures is refused before anything is checked (429 with {@code Retry-After} on the API, a message on
 * the login page that does not tell whether the account exists).</li>
 * <li>A protected page without a caller redirects to the login page; a protected API call answers
 * 401 with {@code WWW-Authenticate} and a problem+json body.</li>
 * </ul>
 */
@ApplicationScoped
public class FabriqueAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String REALM = "Fabrique";

    /** The request attribute telling the login page how many seconds a locked caller must wait. */
    public static final String THROTTLED = "org.fabrique.throttled";

    @Inject
    AccountIdentityStore identityStore;

    @Inject
    LoginGuard guard;

    @Inject
    TokenService tokens;

    @Inject
    AccountRepository accounts;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6) && isApi(request)) {
            return basic(authorization.substring(6).trim(), request, response, context);
        }
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7) && isApi(request)) {
            return bearer(authorization.substring(7).trim(), request, response, context);
        }
        if (!context.isProtected() && isStaticResource(request)) {
            // stylesheets, scripts and images need no caller: no account lookup for each of them
            return context.doNothing();
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential != null) {
            return formLogin(credential, request, context);
        }
        String username = CallerSession.username(request);
        if (username != null) {
            Optional<Account> account = accounts.findByUsername(username).filter(Account::isEnabled);
            if (account.isPresent()) {
                return context.notifyContainerAboutLogin(account.get().getUsername(),
                        Set.of(account.get().getRole().name()));
            }
            CallerSession.end(request);
        }
        if (context.isProtected()) {
            return isApi(request) ? unauthorized(response, "Authentication is required.") : toLoginPage(request, context);
        }
        return context.doNothing();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        CallerSession.end(request);
    }

    private AuthenticationStatus formLogin(Credential credential, HttpServletRequest request, HttpMessageContext context) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        String address = request.getRemoteAddr();
        Optional<Duration> wait = guard.waitFor(login.getCaller(), address);
        if (wait.isPresent()) {
            request.setAttribute(THROTTLED, seconds(wait.get()));
            return AuthenticationStatus.SEND_FAILURE;
        }
        AccountIdentityStore.Check check = identityStore.check(login.getCaller(), login.getPassword().getValue());
        if (!check.valid()) {
            guard.failed(login.getCaller(), address, check.failure());
            return AuthenticationStatus.SEND_FAILURE;
        }
        String username = check.result().getCallerPrincipal().getName();
        guard.succeeded(username, address, true);
        CallerSession.start(request, username);
        return context.notifyContainerAboutLogin(check.result());
    }

    private AuthenticationStatus basic(String encoded, HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return unauthorized(response, "The Authorization header is not valid Basic credentials.");
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return unauthorized(response, "The Authorization header is not valid Basic credentials.");
        }
        String username = decoded.substring(0, colon);
        String address = request.getRemoteAddr();
        Optional<Duration> wait = guard.waitFor(username, address);
        if (wait.isPresent()) {
            return tooManyAttempts(response, wait.get());
        }
        AccountIdentityStore.Check check = identityStore.check(username, decoded.substring(colon + 1).toCharArray());
        if (!check.valid()) {
            guard.failed(username, address, check.failure());
            return unauthorized(response, "The username or password is wrong, or the account is disabled.");
        }
        guard.succeeded(check.result().getCallerPrincipal().getName(), address, false);
        return context.notifyContainerAboutLogin(check.result());
    }

    private AuthenticationStatus bearer(String secret, HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String address = request.getRemoteAddr();
        Optional<Duration> wait = guard.waitFor(LoginGuard.TOKEN, address);
        if (wait.isPresent()) {
            return tooManyAttempts(response, wait.get());
        }
        Optional<TokenHolder> holder = tokens.holder(secret);
        if (holder.isEmpty()) {
            guard.failed(LoginGuard.TOKEN, address, "unknown, expired or revoked token, or account disabled");
            return unauthorized(response, "The token is unknown, expired or revoked, or its account is disabled.");
        }
        return context.notifyContainerAboutLogin(holder.get().username(), Set.of(holder.get().role().name()));
    }

    private AuthenticationStatus toLoginPage(HttpServletRequest request, HttpMessageContext context) {
        String target = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getQueryString() != null) {
            target += "?" + request.getQueryString();
        }
        String login = request.getContextPath() + "/login.xhtml";
        if (!target.isEmpty() && !"/".equals(target) && "GET".equals(request.getMethod())) {
            login += "?next=" + URLEncoder.encode(target, StandardCharsets.UTF_8);
        }
        // the path alone (or the configured public address): never an address built from the Host header
        return redirect(context.getResponse(), OwnAddresses.rewrite(login, request.getHeader("Host"),
                request.getRequestURI(), SameOriginWrites.origin(System.getenv("FABRIQUE_BASE_URL"))));
    }

    private static AuthenticationStatus unauthorized(HttpServletResponse response, String detail) {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        try {
            response.getWriter().write("{\"type\":\"about:blank\",\"status\":401,\"title\":\"Unauthorized\",\"detail\":\""
                    + detail.replace("\"", "'") + "\"}");
            // closing completes the exchange: the container answers with this body, not an error page
            response.getWriter().close();
        } catch (IOException e) {
            // the client went away
        }
        // the mechanism has answered the request itself
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private static AuthenticationStatus redirect(HttpServletResponse response, String location) {
        response.setStatus(HttpServletResponse.SC_FOUND);
        response.setHeader("Location", location);
        return AuthenticationStatus.SEND_CONTINUE;
    }

    /** 429: the caller has failed too often and must wait; nothing was checked. */
    private static AuthenticationStatus tooManyAttempts(HttpServletResponse response, Duration wait) {
        response.setStatus(429);
        response.setHeader("Retry-After", String.valueOf(seconds(wait)));
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        try {
            response.getWriter().write("{\"type\":\"about:blank\",\"status\":429,\"title\":\"Too Many Requests\","
                    + "\"detail\":\"Too many failed attempts: try again in " + seconds(wait) + " s.\"}");
            response.getWriter().close();
        } catch (IOException e) {
            // the client went away
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    /** Whole seconds, rounded up: a client waiting that long is let through. */
    static long seconds(Duration wait) {
        return wait.getSeconds() + (wait.getNano() > 0 ? 1 : 0);
    }

    private static boolean isStaticResource(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
    }

    private static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/api") || path.startsWith("/api/");
    }
}
