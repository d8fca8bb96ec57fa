package org.fabrique.web.it.search;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.fabrique.web.it.DemoAccounts;
import org.fabrique.web.it.DeployedFabrique;
import org.fabrique.web.it.JsonBodies;
import org.fabrique.web.it.dialogue.DialogueApi;
import org.fabrique.web.it.evaluation.EvaluationApi;
import org.junit.jupiter.api.Test;

/**
 * The search index follows the records as they change through the API: a record is found by the very next
 * request, by its words stemmed and without their accents; a record rewritten is no longer found by its old
 * words; a directorate never finds another directorate's records.
 */
class SearchIndexingIT extends DeployedFabrique {

    private JsonObject found(String q, String kind, String username) {
        HttpResponse<String> response = api().get("api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)
                + "&kind=" + kind, username);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JsonBodies.object(response.body());
    }

    private List<Long> ids(String q, String kind, String username) {
        return found(q, kind, username).getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .map(hit -> hit.getJsonNumber("id").longValue()).toList();
    }

    @Test
    void a_candidate_is_found_by_its_words_stemmed_without_accents_as_soon_as_it_is_drafted_then_edited() {
        String word = SearchApiIT.uniqueWord();
        DialogueApi dialogue = new DialogueApi(api());
        long programme = dialogue.openProgrammeAcceptingToday().getJsonNumber("id").longValue();
        String body = dialogue.completeCandidate("Bibliothèques éphémères " + word);
        HttpResponse<String> drafted = dialogue.draft(programme, DemoAccounts.DIRECTORATE_2, body);
        assertThat(drafted.statusCode()).as(drafted.body()).isEqualTo(201);
        JsonObject candidate = JsonBodies.object(drafted.body());
        long id = candidate.getJsonNumber("id").longValue();

        assertThat(ids("bibliotheque ephemere " + word, "CANDIDATE", DemoAccounts.POLE)).containsExactly(id);
        assertThat(ids("BIBLIOTHEQUE " + word, "CANDIDATE", DemoAccounts.DIRECTORATE_2)).containsExactly(id);
        assertThat(found(word, "CANDIDATE", DemoAccounts.DIRECTORATE).getInt("total"))
                .as("another directorate's candidate").isZero();

        String other = SearchApiIT.uniqueWord();
        HttpResponse<String> edited = dialogue.put("api/candidates/" + id, DemoAccounts.DIRECTORATE_2,
                dialogue.completeCandidate("Ludothèques itinérantes " + other)
                        .replace("{\"title\"", "{\"version\":" + candidate.getJsonNumber("version") + ",\"title\""));
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);

        assertThat(ids("ludotheque itinerante " + other, "CANDIDATE", DemoAccounts.POLE)).containsExactly(id);
        assertThat(found(word, "CANDIDATE", DemoAccounts.POLE).getInt("total")).as("its old title").isZero();
        assertThat(found(other, "CANDIDATE", DemoAccounts.DIRECTORATE).getInt("total")).isZero();
    }

    @Test
    void an_evaluation_is_found_by_its_questions_finding_as_soon_as_it_is_written() {
        EvaluationApi evaluations = new EvaluationApi(api());
        long evaluation = evaluations.frame();
        JsonObject question = EvaluationApi.created(api().post("api/evaluations/" + evaluation + "/questions",
                DemoAccounts.POLE, EvaluationApi.JSON,
                "{\"text\":\"Les ateliers ont-ils éclairé les décisions ?\",\"criteria\":[\"EFFECTIVENESS\"]}"));
        String word = SearchApiIT.uniqueWord();
        assertThat(found("debat citoyen " + word, "EVALUATION", DemoAccounts.PARTICIPANT).getInt("total")).isZero();

        HttpResponse<String> written = evaluations.put("api/evaluation-questions/" + EvaluationApi.id(question)
                + "/finding", DemoAccounts.POLE, "{\"finding\":\"Des élus mieux informés des débats citoyens " + word
                + ".\",\"version\":" + question.getJsonNumber("version") + "}");
        assertThat(written.statusCode()).as(written.body()).isEqualTo(200);

        JsonObject page = found("debat citoyen " + word, "EVALUATION", DemoAccounts.PARTICIPANT);
        assertThat(page.getInt("total")).isEqualTo(1);
        JsonObject hit = page.getJsonArray("items").getJsonObject(0);
        assertThat(hit.getJsonNumber("id").longValue()).isEqualTo(evaluation);
        assertThat(hit.getString("excerptHtml")).isEqualTo("Des élus mieux informés des <mark>débats</mark> "
                + "<mark>citoyens</mark> <mark>" + word + "</mark>.");
    }
}
