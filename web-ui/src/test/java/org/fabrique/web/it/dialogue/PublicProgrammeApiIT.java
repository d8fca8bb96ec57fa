package org.fabrique.web.it.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.fabrique.web.it.DemoAccounts;
import org.fabrique.web.it.DeployedFabrique;
import org.fabrique.web.it.JsonBodies;
import org.junit.jupiter.api.Test;

/** The open data of a programme: readable without an account, and nothing unpublished in it. */
class PublicProgrammeApiIT extends DeployedFabrique {

    @Test
    void a_validated_programme_shows_only_published_answers_to_anyone() {
        DialogueApi dialogue = new DialogueApi(api());
        JsonObject project = dialogue.validatedProject();
        long projectId = project.getJsonNumber("id").longValue();
        int year = JsonBodies.object(api().get("api/programmes/" + project.getJsonNumber("programmeId"), DemoAccounts.POLE).body())
                .getInt("year");
        long directorate = dialogue.directorateOf(DemoAccounts.DIRECTORATE);
        long published = recordAndAnswer(projectId, directorate, "Ouvrir la mairie le samedi matin");
        recordAndAnswer(projectId, directorate, "Une boîte à idées confidentielle");
        assertThat(api().post("api/recommendations/" + published + "/publication", DemoAccounts.POLE, DialogueApi.JSON, "{}")
                .statusCode()).isEqualTo(200);

        HttpResponse<String> response = api().get("api/public/programmes/" + year, null);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject programme = JsonBodies.object(response.body());
        assertThat(programme.getString("status")).isEqualTo("VALIDATED");
        assertThat(programme.getInt("recommendations")).isEqualTo(2);
        JsonObject publicProject = programme.getJsonArray("projects").getJsonObject(0);
        assertThat(publicProject.getString("title")).isEqualTo(project.getString("title"));
        assertThat(publicProject.getJsonArray("recommendations")).hasSize(1);
        assertThat(publicProject.getJsonArray("recommendations").getJsonObject(0).getJsonObject("answer").getString("position"))
                .isEqualTo("RETAINED");
        assertThat(response.body()).contains("Ouvrir la mairie le samedi matin").doesNotContain("boîte à idées");
        assertThat(programme.getJsonObject("onTime").getJsonNumber("rate").doubleValue()).isEqualTo(1.0);
    }

    @Test
    void an_open_programme_is_not_public() {
        JsonObject open = new DialogueApi(api()).openProgrammeAcceptingToday();

        assertThat(api().get("api/public/programmes/" + open.getInt("year"), null).statusCode()).isEqualTo(404);
        assertThat(api().get("api/public/programmes/1999", null).statusCode()).isEqualTo(404);
    }

    private long recordAndAnswer(long projectId, long directorate, String text) {
        JsonObject recommendation = JsonBodies.object(api().post("api/projects/" + projectId + "/recommendations",
                DemoAccounts.POLE, DialogueApi.JSON, "{\"text\":\"" + text + "\",\"directorateId\":" + directorate + "}").body());
        long id = recommendation.getJsonNumber("id").longValue();
        HttpResponse<String> answered = new DialogueApi(api()).answer(id, DemoAccounts.DIRECTORATE,
                "{\"position\":\"RETAINED\",\"text\":\"Retenu par la direction\"}");
        assertThat(answered.statusCode()).isEqualTo(200);
        return id;
    }
}
