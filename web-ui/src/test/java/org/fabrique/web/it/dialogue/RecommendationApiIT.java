package org.fabrique.web.it.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.fabrique.web.it.DemoAccounts;
import org.fabrique.web.it.DeployedFabrique;
import org.fabrique.web.it.JsonBodies;
import org.junit.jupiter.api.Test;

/** Recommendations and answers through the API: due dates, who answers, publication. */
class RecommendationApiIT extends DeployedFabrique {

    private DialogueApi dialogue() {
        return new DialogueApi(api());
    }

    private HttpResponse<String> record(long projectId, String username, long directorateId) {
        return api().post("api/projects/" + projectId + "/recommendations", username, DialogueApi.JSON,
                "{\"text\":\"Ouvrir la mairie le samedi matin\",\"directorateId\":" + directorateId + "}");
    }

    /** One validated project for the class: a programme year is scarce (2000 to 2100, one programme each). */
    private static Long project;

    private long project() {
        if (project == null) {
            project = dialogue().pooledProject().getJsonNumber("id").longValue();
        }
        return project;
    }

    private JsonObject recorded() {
        long project = project();
        HttpResponse<String> response = record(project, DemoAccounts.POLE, dialogue().directorateOf(DemoAccounts.DIRECTORATE));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JsonBodies.object(response.body());
    }

    @Test
    void a_recommendation_is_due_after_the_programmes_answer_delay() {
        JsonObject recommendation = recorded();

        assertThat(recommendation.getString("recordedOn")).isEqualTo(DialogueApi.today().toString());
        assertThat(recommendation.getString("dueDate")).isEqualTo(DialogueApi.today().plusDays(90).toString());
        assertThat(recommendation.getString("status")).isEqualTo("AWAITING_ANSWER");
        assertThat(recommendation.getBoolean("overdue")).isFalse();
    }

    @Test
    void only_the_pole_records_recommendations_and_the_directorate_must_exist() {
        long project = dialogue().pooledProject().getJsonNumber("id").longValue();
        long directorate = dialogue().directorateOf(DemoAccounts.DIRECTORATE);

        assertThat(record(project, DemoAccounts.DIRECTORATE, directorate).statusCode()).isEqualTo(403);
        assertThat(record(project, DemoAccounts.ELECTED, directorate).statusCode()).isEqualTo(403);
        HttpResponse<String> unknown = record(project, DemoAccounts.POLE, 999999);
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(JsonBodies.object(unknown.body()).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("directorateId");
    }

    @Test
    void the_assigned_directorate_answers_and_no_other() {
        JsonObject recommendation = recorded();
        long id = recommendation.getJsonNumber("id").longValue();
        String path = "api/recommendations/" + id + "/answer";

        assertThat(dialogue().put(path, DemoAccounts.DIRECTORATE_2, "{\"position\":\"RETAINED\",\"text\":\"Oui\"}").statusCode())
                .isEqualTo(404);
        assertThat(dialogue().put(path, DemoAccounts.ELECTED, "{\"position\":\"RETAINED\",\"text\":\"Oui\"}").statusCode())
                .isEqualTo(403);

        HttpResponse<String> unjustified = dialogue().answer(id, DemoAccounts.DIRECTORATE, "{\"position\":\"NOT_RETAINED\"}");
        assertThat(unjustified.statusCode()).as("a missing field, named").isEqualTo(400);
        assertThat(JsonBodies.object(unjustified.body()).getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("text");

        HttpResponse<String> interim = dialogue().answer(id, DemoAccounts.DIRECTORATE,
                "{\"position\":\"UNDER_STUDY\",\"text\":\"Étude des horaires en cours\"}");
        assertThat(interim.statusCode()).isEqualTo(200);
        assertThat(JsonBodies.object(interim.body()).getString("status")).isEqualTo("AWAITING_ANSWER");

        HttpResponse<String> answered = dialogue().answer(id, DemoAccounts.DIRECTORATE,
                "{\"position\":\"RETAINED_WITH_CHANGES\",\"text\":\"Ouverture un samedi sur deux\",\"plannedActions\":\"Dès septembre\"}");
        assertThat(answered.statusCode()).isEqualTo(200);
        JsonObject body = JsonBodies.object(answered.body());
        assertThat(body.getString("status")).isEqualTo("ANSWERED");
        assertThat(body.getJsonObject("answer").getString("position")).isEqualTo("RETAINED_WITH_CHANGES");
        assertThat(body.getJsonObject("answer").getString("answeredBy")).isEqualTo("direction");
    }

    @Test
    void a_directorate_lists_only_its_own_recommendations() {
        JsonObject recommendation = recorded();

        String mine = api().get("api/recommendations?size=500", DemoAccounts.DIRECTORATE).body();
        String theirs = api().get("api/recommendations?size=500", DemoAccounts.DIRECTORATE_2).body();
        String asked = api().get("api/recommendations?size=500&directorateId=" + dialogue().directorateOf(DemoAccounts.DIRECTORATE),
                DemoAccounts.DIRECTORATE_2).body();

        String id = "\"id\":" + recommendation.getJsonNumber("id");
        assertThat(mine).contains(id);
        assertThat(theirs).doesNotContain(id);
        assertThat(asked).doesNotContain(id);
        assertThat(api().get("api/recommendations", DemoAccounts.PARTICIPANT).statusCode()).isEqualTo(403);
        assertThat(api().get("api/recommendations?size=500", DemoAccounts.ELECTED).body()).contains(id);
    }

    @Test
    void the_overdue_filter_separates_late_from_not_yet_due() {
        JsonObject recommendation = recorded();
        String id = "\"id\":" + recommendation.getJsonNumber("id");

        assertThat(api().get("api/recommendations?size=500&overdue=false", DemoAccounts.POLE).body()).contains(id);
        assertThat(api().get("api/recommendations?size=500&overdue=true", DemoAccounts.POLE).body()).doesNotContain(id);
        assertThat(api().get("api/recommendations?overdue=maybe", DemoAccounts.POLE).statusCode()).isEqualTo(400);
    }

    @Test
    void the_pole_publishes_an_answer_once_given() {
        JsonObject recommendation = recorded();
        String base = "api/recommendations/" + recommendation.getJsonNumber("id");

        assertThat(api().post(base + "/publication", DemoAccounts.POLE, DialogueApi.JSON, "{}").statusCode()).isEqualTo(409);
        dialogue().answer(recommendation.getJsonNumber("id").longValue(), DemoAccounts.DIRECTORATE,
                "{\"position\":\"RETAINED\",\"text\":\"Retenu\"}");
        assertThat(api().post(base + "/publication", DemoAccounts.DIRECTORATE, DialogueApi.JSON, "{}").statusCode()).isEqualTo(403);

        HttpResponse<String> published = api().post(base + "/publication", DemoAccounts.POLE, DialogueApi.JSON, "{}");
        assertThat(published.statusCode()).isEqualTo(200);
        assertThat(JsonBodies.object(published.body()).getBoolean("published")).isTrue();
    }
}
