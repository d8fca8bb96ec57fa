package org.fabrique.web.it.budget;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fabrique.web.it.Api;

/**
 * How many SQL statements one request sent, as the test server logs it ({@code FABRIQUE_COUNT_STATEMENTS=true},
 * {@code StatementLog}): the request carries a fresh {@code X-Request-Id} and its line is read from the log.
 */
public final class StatementBudget {

    private static final Path LOG = Path.of(System.getProperty("it.server.base", "target/it-server"), "log", "server.log");

    private StatementBudget() {
    }

    /** What a request answered and the statements it sent. */
    public record Counted(HttpResponse<String> response, long statements) {
    }

    /** Sends the request built by {@code request} (GET, say) with a request id, and counts its statements. */
    public static Counted count(Api api, HttpRequest.Builder request) {
        return count(api, request, LOG);
    }

    /** As {@link #count(Api, HttpRequest.Builder)}, on a server whose log is {@code log} (an {@code ExternalServer}'s). */
    public static Counted count(Api api, HttpRequest.Builder request, Path log) {
        String id = UUID.randomUUID().toString();
        HttpResponse<String> response = api.send(request.header("X-Request-Id", id).build());
        return new Counted(response, statementsOf(id, log));
    }

    private static long statementsOf(String id, Path log) {
        Pattern line = Pattern.compile("SQL statements: (\\d+) for .* \\[" + Pattern.quote(id) + "\\]");
        long deadline = System.nanoTime() + 5_000_000_000L;
        do {
            Matcher matcher = line.matcher(read(log));
            if (matcher.find()) {
                return Long.parseLong(matcher.group(1));
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        } while (System.nanoTime() < deadline);
        throw new AssertionError("no statement count for request " + id + " in " + log
                + ": is FABRIQUE_COUNT_STATEMENTS=true set for the test server?");
    }

    private static String read(Path log) {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
