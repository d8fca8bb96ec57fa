package org.fabrique.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.fabrique.core.domain.Account;
import org.fabrique.core.domain.AccountRepository;

/**
 * How a caller proves who they are.
 * <ul>
 * <li>The login page hands a username and password to {@code SecurityContext.authenticate}; when they
 * are valid the account is remembered in the (renewed) session.</li>
 * <li>Later browser requests are authenticated from that session, as long as the account still
 * exists and is enabled.</li>
 * <li>The REST API also accepts HTTP Basic on every request, without creating a session.</li>
 * <li>A protected page without a caller redirects to the login page; a protected API call answers
 * 401 with {@code WWW-Authenticate} and a problem+json body.</li>
 * </ul>
 */
@ApplicationScoped
public class FabriqueAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String REALM = "Fabrique";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    AccountRepository accounts;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6) && isApi(request)) {
            return basic(authorization.substring(6).trim(), response, context);
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
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        CallerSession.start(request, result.getCallerPrincipal().getName());
        return context.notifyContainerAboutLogin(result);
    }

    private AuthenticationStatus basic(String encoded, HttpServletResponse response, HttpMessageContext context) {
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
        CredentialValidationResult result = identityStores.validate(
                new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return unauthorized(response, "The username or password is wrong, or the account is disabled.");
        }
        return context.notifyContainerAboutLogin(result);
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
        return context.redirect(login);
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

    private static boolean isStaticResource(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
    }

    private static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/api") || path.startsWith("/api/");
    }
}
