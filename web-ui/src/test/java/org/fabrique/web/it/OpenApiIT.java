package org.fabrique.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI description at {@code /openapi} is the endpoint reference (docs/api.md gives the conventions): every
 * operation says what it does, what a success returns and how an error looks.
 */
class OpenApiIT extends DeployedFabrique {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    private JsonObject description;

    @BeforeEach
    void read() {
        HttpResponse<String> response = api().send(api().request("openapi", null).header("Accept", "application/json")
                .GET().build());
        assertThat(response.statusCode()).isEqualTo(200);
        description = JsonBodies.object(response.body());
    }

    @Test
    void it_describes_every_missions_endpoints() {
        assertThat(description.getJsonObject("paths").keySet()).contains("/api/me", "/api/directorates",
                "/api/directorates/{id}", "/api/policies", "/api/neighbourhoods", "/api/accounts",
                "/api/accounts/{id}/deactivation", "/api/programmes", "/api/recommendations", "/api/workshops",
                "/api/evaluations", "/api/search", "/api/me/work", "/api/health");
    }

    @Test
    void every_operation_has_a_summary_a_described_success_and_its_errors_as_a_problem() {
        List<String> faults = new ArrayList<>();
        int operations = 0;
        for (Map.Entry<String, JsonValue> path : description.getJsonObject("paths").entrySet()) {
            for (Map.Entry<String, JsonValue> entry : path.getValue().asJsonObject().entrySet()) {
                if (!METHODS.contains(entry.getKey())) {
                    continue;
                }
                operations++;
                String name = entry.getKey().toUpperCase() + " " + path.getKey();
                JsonObject operation = entry.getValue().asJsonObject();
                if (operation.getString("summary", "").isBlank()) {
                    faults.add(name + ": no summary");
                }
                JsonObject responses = operation.getJsonObject("responses");
                List<String> successes = responses.keySet().stream().filter(code -> code.startsWith("2")).toList();
                if (successes.isEmpty()) {
                    faults.add(name + ": no success described");
                }
                for (String code : successes) {
                    JsonObject response = responses.getJsonObject(code);
                    if (code.equals("204")) {
                        if (response.containsKey("content")) {
                            faults.add(name + ": a 204 with a body");
                        }
                        continue;
                    }
                    JsonObject content = response.getJsonObject("content");
                    if (content == null || content.isEmpty()) {
                        faults.add(name + ": its " + code + " names no media type");
                        continue;
                    }
                    content.forEach((type, media) -> {
                        if (!media.asJsonObject().containsKey("schema")) {
                            faults.add(name + ": its " + code + " " + type + " has no schema");
                        }
                    });
                }
                JsonObject error = responses.getJsonObject("default");
                if (error == null || !error.getJsonObject("content").getJsonObject("application/problem+json")
                        .getJsonObject("schema").getString("$ref", "").endsWith("/Problem")) {
                    faults.add(name + ": its errors are not described as a Problem");
                }
            }
        }
        assertThat(operations).as("operations described").isGreaterThan(150);
        assertThat(faults).isEmpty();
    }

    @Test
    void the_problem_schema_is_rfc_9457s_with_the_fields_in_error() {
        JsonObject problem = description.getJsonObject("components").getJsonObject("schemas").getJsonObject("Problem");
        assertThat(problem.getJsonObject("properties").keySet()).contains("type", "title", "status", "detail", "errors");
    }

    @Test
    void a_created_record_and_a_download_name_what_they_return() {
        JsonObject paths = description.getJsonObject("paths");
        JsonObject created = paths.getJsonObject("/api/programmes").getJsonObject("post").getJsonObject("responses")
                .getJsonObject("201").getJsonObject("content").getJsonObject("application/json").getJsonObject("schema");
        assertThat(created.getString("$ref")).endsWith("/ProgrammeView");
        JsonObject pdf = paths.getJsonObject("/api/programmes/{id}/report.pdf").getJsonObject("get")
                .getJsonObject("responses").getJsonObject("200").getJsonObject("content");
        assertThat(pdf.keySet()).containsExactly("application/pdf");
    }
}
