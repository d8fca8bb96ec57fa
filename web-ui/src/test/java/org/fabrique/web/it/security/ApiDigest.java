package org.fabrique.web.it.security;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.fabrique.web.it.JsonBodies;
import org.fabrique.web.it.security.MatrixFixtures.Caller;
import org.fabrique.web.it.security.RestEndpoints.Endpoint;

/**
 * What the data looks like from the API, to tell whether a request changed it: what every list and record of the
 * REST API (each GET endpoint, with the records of {@link MatrixFixtures}) answers the pôle — its status, its total
 * when it is a list, the SHA-256 of its body.
 */
final class ApiDigest {

    /** What changes by itself between two reads, whatever the requests: the trail of them, tokens' last use, backups. */
    private static final Set<String> NOT_DIGESTED = Set.of("GET /api/audit-events", "GET /api/me/tokens",
            "GET /api/admin/backups", "GET /api/admin/backups/{file}");

    private final MatrixFixtures fixtures;
    private final Caller pole;
    private final List<Endpoint> reads;

    ApiDigest(MatrixFixtures fixtures) {
        this.fixtures = fixtures;
        this.pole = fixtures.callers.get(RoleMatrixTable.CALLERS.indexOf("POLE"));
        this.reads = RestEndpoints.discover().stream().filter(e -> "GET".equals(e.method()) && e.accepts().contains("json")
                && !NOT_DIGESTED.contains(e.key())).toList();
    }

    int reads() {
        return reads.size();
    }

    Map<String, String> take() {
        Map<String, String> digest = new TreeMap<>();
        for (Endpoint read : reads) {
            String path;
            try {
                path = fixtures.path(read, pole);
            } catch (MatrixFixtures.NoFixture e) {
                continue;
            }
            HttpResponse<byte[]> answer = fixtures.call(read, pole, path);
            String total = "";
            if (answer.statusCode() == 200 && answer.body().length > 0 && answer.body()[0] == '{') {
                JsonObject object = JsonBodies.object(new String(answer.body(), StandardCharsets.UTF_8));
                total = object.containsKey("total") ? " total " + object.get("total") : "";
            }
            digest.put(read.key(), answer.statusCode() + total + " " + sha256(answer.body()));
        }
        return digest;
    }

    /** The reads whose answers differ between the two digests. */
    static List<String> changed(Map<String, String> before, Map<String, String> after) {
        List<String> changed = new ArrayList<>();
        after.forEach((key, value) -> {
            if (!value.equals(before.get(key))) {
                changed.add(key);
            }
        });
        return changed;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
