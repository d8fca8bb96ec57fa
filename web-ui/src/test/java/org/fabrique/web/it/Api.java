package org.fabrique.web.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A plain HTTP client for the REST API, as another system of the city would call it.
 *
 * <p>A request made for a demo account ({@link #request(String, String)}) carries that account's personal token, as
 * the API's heavy clients do: the first such request on a server makes the token with the account's password
 * (HTTP Basic, {@code POST /api/me/tokens}) and the JVM's tests share it after that. HTTP Basic checks the password's
 * PBKDF2 hash at every call (tens of milliseconds of the server's CPU), which made most of the suite's time. When a
 * token is refused (revoked, its account disabled, a server restored to a backup older than it), that request is
 * sent again with HTTP Basic, so it is answered as the password would be, and the next request makes a new token.
 * A test about HTTP Basic itself sends the header it means ({@link #basic}, or {@link #requestWithPassword}).
 */
public final class Api {

    /** The tokens made so far, by server and username. */
    private static final ConcurrentMap<Holder, String> TOKENS = new ConcurrentHashMap<>();

    /** Whose a token is: a demo account on a server. */
    private record Holder(URI server, String username) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final URI base;

    public Api(URL deployment) {
        this.base = URI.create(deployment.toString());
    }

    public HttpResponse<String> get(String path, String username) {
        return send(request(path, username).GET().build());
    }

    public HttpResponse<String> post(String path, String username, String contentType, String body) {
        return send(request(path, username).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    /** A request as the demo account {@code username} (its personal token), or anonymous when it is null. */
    public HttpRequest.Builder request(String path, String username) {
        HttpRequest.Builder builder = anonymous(path);
        if (username != null) {
            builder.header("Authorization", token(username).map(token -> "Bearer " + token)
                    .orElseGet(() -> basic(username, DemoAccounts.PASSWORD)));
        }
        return builder;
    }

    /** A request as the demo account {@code username} with its password (HTTP Basic), checked at this very call. */
    public HttpRequest.Builder requestWithPassword(String path, String username) {
        return anonymous(path).header("Authorization", basic(username, DemoAccounts.PASSWORD));
    }

    private HttpRequest.Builder anonymous(String path) {
        return HttpRequest.newBuilder(base.resolve(path.startsWith("/") ? path.substring(1) : path))
                .timeout(Duration.ofSeconds(30)).header("Accept", "application/json");
    }

    /** The demo account's token on this server, made now if there is none yet; empty when the server refuses one. */
    private Optional<String> token(String username) {
        return Optional.ofNullable(TOKENS.computeIfAbsent(new Holder(base, username), holder -> {
            HttpResponse<String> made = exchange(requestWithPassword("api/me/tokens", username)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"tests\"}")).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return made.statusCode() == 201 ? JsonBodies.object(made.body()).getString("token") : null;
        }));
    }

    public HttpResponse<String> send(HttpRequest request) {
        return send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        HttpResponse<T> response = exchange(request, body);
        if (response.statusCode() == 401) {
            String authorization = request.headers().firstValue("Authorization").orElse("");
            Optional<Holder> holder = TOKENS.entrySet().stream()
                    .filter(made -> made.getKey().server().equals(base) && authorization.equals("Bearer " + made.getValue()))
                    .map(Map.Entry::getKey).findFirst();
            if (holder.isPresent()) {
                TOKENS.remove(holder.get(), authorization.substring("Bearer ".length()));
                HttpRequest withPassword = HttpRequest.newBuilder(request, (name, value) -> !name.equalsIgnoreCase("Authorization"))
                        .header("Authorization", basic(holder.get().username(), DemoAccounts.PASSWORD)).build();
                return exchange(withPassword, body);
            }
        }
        return response;
    }

    private <T> HttpResponse<T> exchange(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(request, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The JSON object {@code body} with the member {@code "version": version} added, as an edit sends the version it read. */
    public static String withVersion(String body, long version) {
        String object = body.strip();
        if (!object.endsWith("}")) {
            throw new IllegalArgumentException("not a JSON object: " + body);
        }
        String members = object.substring(0, object.length() - 1).strip();
        return members + (members.endsWith("{") ? "" : ",") + "\"version\":" + version + "}";
    }

    public static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
