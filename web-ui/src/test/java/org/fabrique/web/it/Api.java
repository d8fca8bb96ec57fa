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

/** A plain HTTP client for the REST API, as another system of the city would call it. */
public final class Api {

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

    public HttpRequest.Builder request(String path, String username) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path.startsWith("/") ? path.substring(1) : path))
                .timeout(Duration.ofSeconds(30)).header("Accept", "application/json");
        if (username != null) {
            builder.header("Authorization", basic(username, DemoAccounts.PASSWORD));
        }
        return builder;
    }

    public HttpResponse<String> send(HttpRequest request) {
        return send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
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
