package org.fabrique.web.it.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.fabrique.web.it.DemoAccounts;
import org.fabrique.web.it.DeployedFabrique;
import org.fabrique.web.it.JsonBodies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Programmes through the API: opening, reading, validation and its target range. */
class ProgrammeApiIT extends DeployedFabrique {

    private DialogueApi dialogue() {
        return new DialogueApi(api());
    }

    @Test
    void the_pole_opens_a_programme_with_the_default_target_range() {
        int year = DialogueApi.newYear();
        HttpResponse<String> response = api().post("api/programmes", DemoAccounts.POLE, DialogueApi.JSON,
                "{\"year\":" + year + ",\"submissionOpens\":\"" + year + "-01-15\",\"submissionCloses\":\"" + year
                        + "-03-31\",\"answerDelayDays\":90}");

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).matches(".*/api/programmes/\\d+"));
        JsonObject programme = JsonBodies.object(response.body());
        assertThat(programme.getString("status")).isEqualTo("OPEN");
        assertThat(programme.getInt("year")).isEqualTo(year);
        assertThat(programme.getInt("targetMin")).isEqualTo(30);
        assertThat(programme.getInt("targetMax")).isEqualTo(50);
        assertThat(programme.getInt("retainedCount")).isZero();
        assertThat(programme.getString("submissionCloses")).isEqualTo(year + "-03-31");

        JsonObject read = JsonBodies.object(api().get("api/programmes/" + programme.getJsonNumber("id"), DemoAccounts.PARTICIPANT).body());
        assertThat(read.getInt("year")).isEqualTo(year);
        assertThat(api().get("api/programmes?size=500", DemoAccounts.DIRECTORATE).body()).contains("\"year\":" + year);
    }

    @ParameterizedTest
    @ValueSource(strings = {DemoAccounts.DIRECTORATE, DemoAccounts.ELECTED, DemoAccounts.PARTICIPANT})
    void only_the_pole_opens_a_programme(String username) {
        int year = DialogueApi.newYear();
        HttpResponse<String> response = api().post("api/programmes", username, DialogueApi.JSON,
                "{\"year\":" + year + ",\"submissionOpens\":\"2030-01-01\",\"submissionCloses\":\"2030-02-01\"}");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(api().get("api/programmes?size=500", DemoAccounts.POLE).body()).doesNotContain("\"year\":" + year);
    }

    @Test
    void bad_programmes_are_refused_field_by_field() {
        JsonObject existing = JsonBodies.object(api().get("api/programmes/" + dialogue().sharedProgrammeAcceptingToday(),
                DemoAccounts.POLE).body());

        HttpResponse<String> taken = api().post("api/programmes", DemoAccounts.POLE, DialogueApi.JSON,
                "{\"year\":" + existing.getInt("year") + ",\"submissionOpens\":\"2030-01-01\",\"submissionCloses\":\"2030-02-01\"}");
        assertThat(taken.statusCode()).isEqualTo(400);
        assertThat(field(taken)).isEqualTo("year");

        HttpResponse<String> backwards = api().post("api/programmes", DemoAccounts.POLE, DialogueApi.JSON,
                "{\"year\":" + DialogueApi.newYear() + ",\"submissionOpens\":\"2030-03-01\",\"submissionCloses\":\"2030-02-01\"}");
        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(field(backwards)).isEqualTo("submissionCloses");

        HttpResponse<String> missing = api().post("api/programmes", DemoAccounts.POLE, DialogueApi.JSON, "{\"targetMin\":-1}");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(JsonBodies.object(missing.body()).getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field"))
                .contains("year", "submissionOpens", "submissionCloses", "targetMin");
    }

    @Test
    void validation_freezes_the_programme_and_makes_dialogue_projects_of_the_retained() {
        DialogueApi dialogue = dialogue();
        long programme = dialogue.openProgrammeAcceptingToday().getJsonNumber("id").longValue();
        long retained = dialogue.arbitrated(programme, "RETAINED").getJsonNumber("id").longValue();
        long rejected = dialogue.arbitrated(programme, "REJECTED").getJsonNumber("id").longValue();
        assertThat(JsonBodies.object(api().get("api/programmes/" + programme, DemoAccounts.POLE).body()).getInt("retainedCount"))
                .isEqualTo(1);

        assertThat(actions(programme, DemoAccounts.ELECTED)).as("an elected official decides and validates while it is open")
                .containsExactlyInAnyOrder("REVIEW_ARBITRATION", "ARBITRATE", "VALIDATE");
        assertThat(actions(programme, DemoAccounts.POLE)).containsExactly("REVIEW_ARBITRATION");
        assertThat(actions(programme, DemoAccounts.DIRECTORATE)).containsExactly("DRAFT_CANDIDATE");
        assertThat(actions(programme, DemoAccounts.PARTICIPANT)).isEmpty();
        assertThat(dialogue.validate(programme, DemoAccounts.POLE, null).statusCode()).isEqualTo(403);
        HttpResponse<String> validated = dialogue.validate(programme, DemoAccounts.ELECTED, null);

        assertThat(validated.statusCode()).as(validated.body()).isEqualTo(200);
        assertThat(JsonBodies.object(validated.body()).getString("status")).isEqualTo("VALIDATED");
        JsonObject projects = JsonBodies.object(api().get("api/programmes/" + programme + "/projects", DemoAccounts.PARTICIPANT).body());
        assertThat(projects.getInt("total")).isEqualTo(1);
        assertThat(projects.getJsonArray("items").getJsonObject(0).getJsonNumber("candidateId").longValue()).isEqualTo(retained);
        assertThat(actions(programme, DemoAccounts.ELECTED)).as("validated, nothing is decided any more")
                .containsExactly("REVIEW_ARBITRATION");
        assertThat(actions(programme, DemoAccounts.DIRECTORATE)).isEmpty();
        long project = projects.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        JsonObject asPole = JsonBodies.object(api().get("api/projects/" + project, DemoAccounts.POLE).body());
        assertThat(asPole.getBoolean("mayRecordLessons")).isTrue();
        assertThat(asPole.getBoolean("mayRecommend")).isTrue();
        JsonObject asDirectorate = JsonBodies.object(api().get("api/projects/" + project, DemoAccounts.DIRECTORATE).body());
        assertThat(asDirectorate.getBoolean("mayRecordLessons")).isFalse();
        assertThat(asDirectorate.getBoolean("mayRecommend")).isFalse();

        HttpResponse<String> late = dialogue.arbitrate(rejected, DemoAccounts.ELECTED_2, "RETAINED");
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(dialogue.validate(programme, DemoAccounts.ELECTED, null).statusCode()).isEqualTo(409);
    }

    @Test
    void validating_outside_the_target_range_needs_a_justification() {
        DialogueApi dialogue = dialogue();
        long programme = dialogue.openProgrammeAcceptingToday().getJsonNumber("id").longValue(); // target 1–2, none retained

        HttpResponse<String> refused = dialogue.validate(programme, DemoAccounts.ELECTED, null);
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(JsonBodies.object(refused.body()).getString("detail")).containsIgnoringCase("justification");
        assertThat(JsonBodies.object(api().get("api/programmes/" + programme, DemoAccounts.POLE).body()).getString("status"))
                .isEqualTo("OPEN");

        HttpResponse<String> validated = dialogue.validate(programme, DemoAccounts.ELECTED, "Année de transition du mandat");
        assertThat(validated.statusCode()).isEqualTo(200);
        assertThat(JsonBodies.object(validated.body()).getString("validationJustification")).isEqualTo("Année de transition du mandat");
    }

    @Test
    void an_unknown_programme_is_404() {
        assertThat(api().get("api/programmes/999999", DemoAccounts.POLE).statusCode()).isEqualTo(404);
    }

    private static String field(HttpResponse<String> response) {
        return JsonBodies.object(response.body()).getJsonArray("errors").getJsonObject(0).getString("field");
    }

    private java.util.List<String> actions(long programme, String username) {
        return JsonBodies.object(api().get("api/programmes/" + programme, username).body()).getJsonArray("actions")
                .getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList();
    }
}
