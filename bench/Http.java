import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The benchmark's HTTP client on the server it starts, {@link #BASE}: no redirect followed (a sign-in's answer is
 * read as it comes), a short connect timeout. Headers are given as wrk takes them, {@code "Name: value"}.
 */
final class Http {

    /** The offset the benchmark's server adds to every port: HTTP on 8380, away from a developer's 8080. */
    static final int PORT_OFFSET = 300;
    static final String BASE = "http://127.0.0.1:" + (8080 + PORT_OFFSET);

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /**
     * A request to {@code path} on the server, with {@code header} ({@code "Name: value"}) unless it is null; given
     * up after a minute, so that a server that accepts and never answers fails the run rather than hangs it.
     */
    HttpRequest.Builder request(String path, String header) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofMinutes(1));
        if (header != null) {
            String[] parts = header.split(": ", 2);
            request.header(parts[0], parts[1]);
        }
        return request;
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path, String header) throws IOException, InterruptedException {
        return send(request(path, header).GET());
    }

    /** Posts {@code json}; fails unless the server answers 2xx. */
    HttpResponse<String> post(String path, String header, String json) throws IOException, InterruptedException {
        HttpResponse<String> response = send(request(path, header).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("POST " + path + " answers " + response.statusCode() + ": " + response.body());
        }
        return response;
    }

    /** Whether anything answers HTTP on the benchmark's port: another server there would be measured instead. */
    boolean portTaken() throws InterruptedException {
        try {
            get("/api/health", null);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
