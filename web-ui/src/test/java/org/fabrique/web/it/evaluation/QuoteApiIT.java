package org.fabrique.web.it.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.List;
import org.fabrique.web.it.DemoAccounts;
import org.fabrique.web.it.DeployedFabrique;
import org.fabrique.web.it.JsonBodies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Interviews and quotes through the API: the pôle records them with the interviewees' names; the steering
 * committee reads the quotes attributed by category only, never a name; anyone else gets 403.
 */
class QuoteApiIT extends DeployedFabrique {

    static final String MAYOR_DEPUTY = "Sylvie Marchand";
    static final String DIRECTOR = "Bruno Keller";

    private EvaluationApi evaluations() {
        return new EvaluationApi(api());
    }

    /** An evaluation with elu on its steering committee, two interviews and three quotes. */
    private long evaluationWithQuotes() {
        long id = evaluations().frame();
        evaluations().steering(id, DemoAccounts.ELECTED);
        long elected = evaluations().interview(id, "ELECTED_OFFICIAL", MAYOR_DEPUTY);
        long director = evaluations().interview(id, "DEPUTY_GENERAL_DIRECTOR", DIRECTOR);
        evaluations().quote(elected, "Les ateliers nous ont obligés à regarder loin.", "prospective", "decision");
        evaluations().quote(director, "Le référentiel est devenu notre feuille de route.", "decision");
        evaluations().quote(director, "Trois séances, c'est court pour un sujet pareil.", "format");
        return id;
    }

    private JsonObject quotes(long evaluationId, String query, String username) {
        HttpResponse<String> quotes = api().get("api/evaluations/" + evaluationId + "/quotes" + query, username);
        assertThat(quotes.statusCode()).as(quotes.body()).isEqualTo(200);
        assertThat(quotes.body()).doesNotContain(MAYOR_DEPUTY, DIRECTOR, "\"name\"", "intervieweeName");
        return JsonBodies.object(quotes.body());
    }

    private static List<JsonObject> items(JsonObject page) {
        return page.getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
    }

    @Test
    void the_steering_committee_reads_the_quotes_by_category_with_their_themes_and_no_name() {
        long id = evaluationWithQuotes();

        JsonObject page = quotes(id, "", DemoAccounts.ELECTED);

        assertThat(page.getInt("total")).isEqualTo(3);
        assertThat(items(page)).extracting(q -> q.getString("category"))
                .containsExactlyInAnyOrder("ELECTED_OFFICIAL", "DEPUTY_GENERAL_DIRECTOR", "DEPUTY_GENERAL_DIRECTOR");
        JsonObject elected = items(page).stream().filter(q -> q.getString("category").equals("ELECTED_OFFICIAL"))
                .findFirst().orElseThrow();
        assertThat(elected.getString("text")).isEqualTo("Les ateliers nous ont obligés à regarder loin.");
        assertThat(elected.getJsonArray("themes").getValuesAs(JsonString.class)).extracting(JsonString::getString)
                .containsExactly("decision", "prospective");
        assertThat(items(page)).allMatch(q -> !q.containsKey("intervieweeName") && !q.containsKey("name"));

        HttpResponse<String> interviews = api().get("api/evaluations/" + id + "/interviews", DemoAccounts.ELECTED);
        assertThat(interviews.statusCode()).as(interviews.body()).isEqualTo(200);
        assertThat(interviews.body()).doesNotContain(MAYOR_DEPUTY, DIRECTOR).contains("DEPUTY_GENERAL_DIRECTOR");
        assertThat(evaluations().get(id).getBoolean("insider")).isTrue();
        assertThat(JsonBodies.object(api().get("api/evaluations/" + id, DemoAccounts.ELECTED).body()).getBoolean("insider"))
                .as("on the steering committee").isTrue();
    }

    @Test
    void a_theme_filters_the_quotes_and_pages_them() {
        long id = evaluationWithQuotes();

        JsonObject decision = quotes(id, "?theme=decision", DemoAccounts.ELECTED);
        assertThat(decision.getInt("total")).isEqualTo(2);
        assertThat(items(decision)).allMatch(q -> q.getJsonArray("themes").toString().contains("\"decision\""));
        assertThat(quotes(id, "?theme=format", DemoAccounts.POLE).getInt("total")).isEqualTo(1);
        assertThat(quotes(id, "?theme=inconnu", DemoAccounts.POLE).getInt("total")).isZero();

        JsonObject firstPage = quotes(id, "?size=2&page=0", DemoAccounts.ELECTED);
        JsonObject secondPage = quotes(id, "?size=2&page=1", DemoAccounts.ELECTED);
        assertThat(firstPage.getJsonArray("items")).hasSize(2);
        assertThat(secondPage.getJsonArray("items")).hasSize(1);
        assertThat(secondPage.getInt("total")).isEqualTo(3);

        HttpResponse<String> themes = api().get("api/evaluations/" + id + "/themes", DemoAccounts.ELECTED);
        assertThat(themes.statusCode()).isEqualTo(200);
        assertThat(JsonBodies.array(themes.body()).stream().map(JsonValue::asJsonObject))
                .extracting(t -> t.getString("theme") + "=" + t.getInt("quotes"))
                .containsExactly("decision=2", "format=1", "prospective=1");
    }

    @ParameterizedTest
    @ValueSource(strings = {DemoAccounts.ELECTED_2, DemoAccounts.DIRECTORATE, DemoAccounts.PARTICIPANT})
    void anyone_off_the_steering_committee_gets_403_on_quotes_and_interviews(String outsider) {
        long id = evaluationWithQuotes();

        for (String path : new String[] {"/quotes", "/quotes?theme=decision", "/interviews", "/themes"}) {
            HttpResponse<String> refused = api().get("api/evaluations/" + id + path, outsider);
            assertThat(refused.statusCode()).as(outsider + " on " + path).isEqualTo(403);
            assertThat(refused.body()).doesNotContain("regarder loin", MAYOR_DEPUTY);
        }
        assertThat(api().get("api/evaluations/" + id, outsider).statusCode()).as("the evaluation is not confidential")
                .isEqualTo(200);
        assertThat(api().get("api/evaluations/999999/quotes", DemoAccounts.POLE).statusCode()).isEqualTo(404);
    }

    @Test
    void the_pole_sees_the_names_on_the_interviews_and_alone_records_them() {
        long id = evaluationWithQuotes();

        HttpResponse<String> interviews = api().get("api/evaluations/" + id + "/interviews", DemoAccounts.POLE);
        assertThat(interviews.statusCode()).isEqualTo(200);
        assertThat(JsonBodies.array(interviews.body()).stream().map(JsonValue::asJsonObject))
                .extracting(i -> i.getString("intervieweeName")).containsExactlyInAnyOrder(MAYOR_DEPUTY, DIRECTOR);
        assertThat(quotes(id, "", DemoAccounts.POLE).getInt("total")).as("still no name on the quotes").isEqualTo(3);

        String interview = "{\"category\":\"CITIZEN\",\"intervieweeName\":\"Jeanne Petit\",\"interviewedOn\":\"2025-04-02\","
                + "\"interviewer\":\"Pôle évaluation\"}";
        assertThat(api().post("api/evaluations/" + id + "/interviews", DemoAccounts.ELECTED, EvaluationApi.JSON, interview)
                .statusCode()).as("the steering committee reads, the pôle records").isEqualTo(403);
        long interviewId = EvaluationApi.id(JsonBodies.array(interviews.body()).getJsonObject(0));
        assertThat(api().post("api/interviews/" + interviewId + "/quotes", DemoAccounts.ELECTED, EvaluationApi.JSON,
                "{\"text\":\"Une citation\",\"themes\":[\"format\"]}").statusCode()).isEqualTo(403);
        HttpResponse<String> blank = api().post("api/interviews/" + interviewId + "/quotes", DemoAccounts.POLE,
                EvaluationApi.JSON, "{\"text\":\" \",\"themes\":[\"format\"]}");
        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(blank.body()).contains("\"field\":\"text\"");
    }
}
