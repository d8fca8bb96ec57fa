package org.fabrique.web.it.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import org.fabrique.web.it.DemoAccounts;
import org.fabrique.web.it.DeployedFabrique;
import org.fabrique.web.it.JsonBodies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The evaluations through the API: the pôle alone frames them, with refusals that name the field and
 * create nothing; they move one step at a time from framing to follow-up; any account lists them, by year.
 */
class EvaluationApiIT extends DeployedFabrique {

    static final String JSON = EvaluationApi.JSON;

    private EvaluationApi evaluations() {
        return new EvaluationApi(api());
    }

    private JsonObject list(String query, String username) {
        HttpResponse<String> list = api().get("api/evaluations" + query, username);
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        return JsonBodies.object(list.body());
    }

    @Test
    void the_pole_frames_an_evaluation_which_starts_in_framing() {
        HttpResponse<String> response = api().post("api/evaluations", DemoAccounts.POLE, JSON,
                EvaluationApi.framing(2091, "Évaluer les Ateliers prospectifs"));

        JsonObject created = EvaluationApi.created(response);
        long id = EvaluationApi.id(created);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/api/evaluations/" + id);
        assertThat(created.getString("status")).isEqualTo("FRAMING");
        assertThat(created.getString("nextStatus")).isEqualTo("DATA_COLLECTION");
        assertThat(created.getInt("programmeYear")).isEqualTo(2091);
        assertThat(created.getString("type")).isEqualTo("MID_TERM");
        assertThat(created.getBoolean("participatory")).isTrue();
        assertThat(created.get("origin")).as("framed directly, not commissioned").isIn(null, JsonValue.NULL);

        JsonObject read = JsonBodies.object(api().get("api/evaluations/" + id, DemoAccounts.PARTICIPANT).body());
        assertThat(read.getString("title")).isEqualTo("Évaluer les Ateliers prospectifs");
        assertThat(read.getBoolean("insider")).as("not on the steering committee").isFalse();
        assertThat(read.getBoolean("mayOrganise")).as("the pôle alone organises an evaluation").isFalse();
        assertThat(read.getBoolean("mayEdit")).isFalse();
        assertThat(created.getBoolean("mayOrganise")).isTrue();
        assertThat(created.getBoolean("mayEdit")).isTrue();
        assertThat(api().get("api/evaluation-programmes", DemoAccounts.ELECTED).body()).contains("\"year\":2091");
    }

    @Test
    void without_credentials_the_api_answers_401() {
        HttpResponse<String> anonymous = api().get("api/evaluations", null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).isPresent();
        assertThat(api().post("api/evaluations", null, JSON, EvaluationApi.framing(2092, "Sans compte")).statusCode())
                .isEqualTo(401);
    }

    @ParameterizedTest
    @ValueSource(strings = {DemoAccounts.DIRECTORATE, DemoAccounts.ELECTED, DemoAccounts.PARTICIPANT})
    void only_the_pole_frames_and_moves_an_evaluation(String username) {
        long id = evaluations().frame();

        assertThat(api().post("api/evaluations", username, JSON, EvaluationApi.framing(2093, "Refusée")).statusCode())
                .isEqualTo(403);
        assertThat(evaluations().progress(id, "DATA_COLLECTION", evaluations().version(id)).statusCode()).isEqualTo(200);
        assertThat(api().post("api/evaluations/" + id + "/progress", username, JSON,
                "{\"status\":\"ANALYSIS\",\"version\":" + evaluations().version(id) + "}").statusCode()).isEqualTo(403);
        assertThat(evaluations().put("api/evaluations/" + id + "/summary", username, "{\"summary\":\"Une synthèse\"}")
                .statusCode()).isEqualTo(403);
        assertThat(evaluations().get(id).getString("status")).isEqualTo("DATA_COLLECTION");
        assertThat(list("?programmeYear=2093", DemoAccounts.POLE).getInt("total")).as("nothing created").isZero();
    }

    @Test
    void an_invalid_framing_names_its_field_and_creates_nothing() {
        String valid = EvaluationApi.framing(2098, "Évaluation refusée");

        HttpResponse<String> blank = api().post("api/evaluations", DemoAccounts.POLE, JSON,
                valid.replace("\"title\":\"Évaluation refusée\"", "\"title\":\" \""));
        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(blank.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(blank.body()).contains("\"field\":\"title\"");

        HttpResponse<String> backwards = api().post("api/evaluations", DemoAccounts.POLE, JSON,
                valid.replace("2098-12-15", "2098-01-01"));
        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(backwards.body()).contains("\"field\":\"end\"", "ends on or after its start date");

        HttpResponse<String> unknownPolicy = api().post("api/evaluations", DemoAccounts.POLE, JSON,
                valid.replace("\"object\":", "\"policyId\":999999,\"object\":"));
        assertThat(unknownPolicy.statusCode()).isEqualTo(400);
        assertThat(unknownPolicy.body()).contains("\"field\":\"policyId\"");

        HttpResponse<String> noYear = api().post("api/evaluations", DemoAccounts.POLE, JSON,
                valid.replace("\"programmeYear\":2098,", ""));
        assertThat(noYear.statusCode()).isEqualTo(400);
        assertThat(noYear.body()).contains("\"field\":\"programmeYear\"");

        assertThat(list("?programmeYear=2098", DemoAccounts.POLE).getInt("total")).as("nothing created").isZero();
        assertThat(api().get("api/evaluation-programmes", DemoAccounts.POLE).body())
                .as("no programme opened").doesNotContain("\"year\":2098");
    }

    @Test
    void an_evaluation_moves_one_step_at_a_time_forward_only() {
        long id = evaluations().frame();

        HttpResponse<String> skip = evaluations().progress(id, "ANALYSIS", evaluations().version(id));
        assertThat(skip.statusCode()).as("a skip").isEqualTo(409);
        assertThat(skip.body()).contains("one step at a time");

        String[] steps = {"DATA_COLLECTION", "ANALYSIS", "REPORTED", "FOLLOW_UP"};
        for (String step : steps) {
            JsonObject moved = evaluations().advance(id);
            assertThat(moved.getString("status")).isEqualTo(step);
        }
        assertThat(evaluations().get(id).get("nextStatus")).as("follow-up is the last step").isIn(null, JsonValue.NULL);
        assertThat(evaluations().progress(id, "REPORTED", evaluations().version(id)).statusCode()).as("a step back")
                .isEqualTo(409);
        assertThat(evaluations().progress(id, "FOLLOW_UP", evaluations().version(id)).statusCode()).as("staying put")
                .isEqualTo(409);
        assertThat(evaluations().get(id).getString("status")).isEqualTo("FOLLOW_UP");
    }

    @Test
    void a_stale_version_is_refused_and_an_unknown_evaluation_is_404() {
        long id = evaluations().frame();
        long read = evaluations().version(id);
        HttpResponse<String> reframed = evaluations().put("api/evaluations/" + id, DemoAccounts.POLE,
                EvaluationApi.framing(2040, "Évaluation recadrée").replace("}", ",\"version\":" + read + "}"));
        assertThat(reframed.statusCode()).as(reframed.body()).isEqualTo(200);
        assertThat(JsonBodies.object(reframed.body()).getString("title")).isEqualTo("Évaluation recadrée");

        assertThat(evaluations().put("api/evaluations/" + id + "/summary", DemoAccounts.POLE,
                "{\"summary\":\"Trop tard\",\"version\":" + read + "}").statusCode()).as("stale version").isEqualTo(409);
        assertThat(evaluations().progress(id, "DATA_COLLECTION", read).statusCode()).as("stale version").isEqualTo(409);
        HttpResponse<String> summary = evaluations().put("api/evaluations/" + id + "/summary", DemoAccounts.POLE,
                "{\"summary\":\"Des ateliers utiles aux élus.\",\"version\":" + evaluations().version(id) + "}");
        assertThat(summary.statusCode()).as(summary.body()).isEqualTo(200);
        assertThat(evaluations().get(id).getString("summary")).isEqualTo("Des ateliers utiles aux élus.");

        assertThat(api().get("api/evaluations/999999", DemoAccounts.POLE).statusCode()).isEqualTo(404);
        assertThat(evaluations().progress(999999, "DATA_COLLECTION", 0).statusCode()).isEqualTo(404);
    }

    @Test
    void any_account_lists_the_evaluations_paged_and_by_year() {
        int before = list("?programmeYear=2096", DemoAccounts.POLE).getInt("total");
        long first = EvaluationApi.id(evaluations().frame(2096, "Première évaluation de 2096"));
        long second = EvaluationApi.id(evaluations().frame(2096, "Deuxième évaluation de 2096"));
        long third = EvaluationApi.id(evaluations().frame(2096, "Troisième évaluation de 2096"));
        evaluations().frame();

        JsonObject page = list("?programmeYear=2096&size=2&page=0", DemoAccounts.PARTICIPANT);
        assertThat(page.getInt("total")).isEqualTo(before + 3);
        assertThat(page.getInt("size")).isEqualTo(2);
        assertThat(page.getInt("page")).isZero();
        assertThat(page.getJsonArray("items")).hasSize(2);
        JsonObject all = list("?programmeYear=2096&size=500", DemoAccounts.DIRECTORATE);
        assertThat(all.getJsonArray("items").stream().map(JsonValue::asJsonObject))
                .allMatch(e -> e.getInt("programmeYear") == 2096)
                .allMatch(e -> e.containsKey("title") && e.getString("status").equals("FRAMING"))
                .extracting(e -> e.getJsonNumber("id").longValue()).contains(first, second, third);
        assertThat(list("", DemoAccounts.ELECTED).getInt("total")).isGreaterThan(before + 3);
        assertThat(api().get("api/evaluations?programmeYear=soon", DemoAccounts.POLE).statusCode()).isEqualTo(400);
        assertThat(api().get("api/evaluations?size=501", DemoAccounts.POLE).statusCode()).isEqualTo(400);
    }

    @Test
    void the_pole_asks_the_evaluative_questions_and_writes_their_findings_which_anyone_reads() {
        long id = evaluations().frame();
        long question = evaluations().question(id);

        HttpResponse<String> noCriterion = api().post("api/evaluations/" + id + "/questions", DemoAccounts.POLE, JSON,
                "{\"text\":\"Une question sans critère\",\"criteria\":[]}");
        assertThat(noCriterion.statusCode()).isEqualTo(400);
        assertThat(noCriterion.body()).contains("\"field\":\"criteria\"");
        assertThat(api().post("api/evaluations/" + id + "/questions", DemoAccounts.ELECTED, JSON,
                "{\"text\":\"Une question\",\"criteria\":[\"RELEVANCE\"]}").statusCode()).isEqualTo(403);

        HttpResponse<String> finding = evaluations().put("api/evaluation-questions/" + question + "/finding",
                DemoAccounts.POLE, "{\"finding\":\"Oui, pour quatre décisions sur cinq.\",\"version\":0}");
        assertThat(finding.statusCode()).as(finding.body()).isEqualTo(200);
        assertThat(evaluations().put("api/evaluation-questions/" + question, DemoAccounts.POLE,
                "{\"text\":\"Reformulée\",\"criteria\":[\"IMPACT\"],\"version\":0}").statusCode())
                .as("stale version").isEqualTo(409);

        HttpResponse<String> read = api().get("api/evaluations/" + id + "/questions", DemoAccounts.PARTICIPANT);
        assertThat(read.statusCode()).isEqualTo(200);
        JsonObject asked = JsonBodies.array(read.body()).getJsonObject(0);
        assertThat(asked.getInt("rank")).isEqualTo(1);
        assertThat(asked.getString("finding")).isEqualTo("Oui, pour quatre décisions sur cinq.");
        assertThat(asked.getJsonArray("criteria").toString()).isEqualTo("[\"EFFECTIVENESS\",\"IMPACT\"]");
    }
}
