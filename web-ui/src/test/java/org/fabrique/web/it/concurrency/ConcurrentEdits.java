package org.fabrique.web.it.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import java.util.function.Supplier;
import org.fabrique.web.it.Api;
import org.fabrique.web.it.JsonBodies;

/**
 * Two people open the same record: the first saves, the second saves what she typed on the version she
 * read. The API's rule: an edit without the version read is refused (400 naming {@code version}), a stale
 * version is refused (409), and in both cases the record is as the first person left it.
 */
final class ConcurrentEdits {

    private final Api api;

    ConcurrentEdits(Api api) {
        this.api = api;
    }

    /**
     * @param body the edit's JSON without a version, for a text that differs from one save to the next
     * @param read the record as it is now, with its {@code version}
     */
    void guarded(String username, String path, Function<String, String> body, Supplier<JsonObject> read) {
        JsonObject before = read.get();
        long version = before.getJsonNumber("version").longValue();

        HttpResponse<String> missing = put(path, username, body.apply("sans version " + System.nanoTime()));
        assertThat(missing.statusCode()).as("without version: " + missing.body()).isEqualTo(400);
        assertThat(JsonBodies.object(missing.body()).getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("version");
        assertThat(read.get()).as("nothing changed by the refused edit").isEqualTo(before);

        HttpResponse<String> first = put(path, username, Api.withVersion(body.apply("première " + System.nanoTime()), version));
        assertThat(first.statusCode()).as("the first editor: " + first.body()).isEqualTo(200);
        JsonObject saved = read.get();
        assertThat(saved.getJsonNumber("version").longValue()).isGreaterThan(version);

        HttpResponse<String> second = put(path, username, Api.withVersion(body.apply("seconde " + System.nanoTime()), version));
        assertThat(second.statusCode()).as("the second editor, on the version she read: " + second.body()).isEqualTo(409);
        assertThat(JsonBodies.object(second.body()).getString("detail")).isNotBlank();
        assertThat(read.get()).as("the first editor's change is kept").isEqualTo(saved);
    }

    HttpResponse<String> put(String path, String username, String body) {
        return api.send(api.request(path, username).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    /** The one item of a list (a JSON array or a page's items) with this id. */
    static JsonObject item(String listBody, long id) {
        var array = listBody.strip().startsWith("[") ? JsonBodies.array(listBody) : JsonBodies.object(listBody).getJsonArray("items");
        return array.getValuesAs(JsonObject.class).stream().filter(o -> o.getJsonNumber("id").longValue() == id).findFirst()
                .orElseThrow(() -> new AssertionError("no item " + id + " in " + listBody));
    }
}
