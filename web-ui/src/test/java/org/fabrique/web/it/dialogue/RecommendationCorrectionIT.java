package org.fabrique.web.it.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.List;
import org.fabrique.web.it.Api;
import org.fabrique.web.it.DemoAccounts;
import org.fabrique.web.it.DeployedFabrique;
import org.fabrique.web.it.JsonBodies;
import org.fabrique.web.it.notifications.Mailboxes;
import org.fabrique.web.it.notifications.Mailboxes.Mail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The pôle corrects what it recorded (api.md's {@code PUT /api/recommendations/{id}}): the text, or the directorate
 * that answers, with a reason kept in the history and mailed to the directorates concerned; and it publishes answers
 * in bulk ({@code POST /api/recommendations/publication}).
 */
class RecommendationCorrectionIT extends DeployedFabrique {

    private static final String JULIEN = "julien.roux@demo.fabrique.test";
    private static final String AMINA = "amina.benali@demo.fabrique.test";

    @RegisterExtension
    static final GreenMailExtension SMTP = Mailboxes.smtpServer();

    private DialogueApi dialogue() {
        return new DialogueApi(api());
    }

    /** One validated project for the class: a programme year is scarce (2000 to 2100, one programme each). */
    private static Long project;

    /** A new recommendation of the class's project, assigned to direction's directorate; its id. */
    private long recorded(String text) {
        if (project == null) {
            project = dialogue().pooledProject().getJsonNumber("id").longValue();
        }
        HttpResponse<String> response = api().post("api/projects/" + project + "/recommendations", DemoAccounts.POLE,
                DialogueApi.JSON, "{\"text\":\"" + text + "\",\"directorateId\":"
                        + dialogue().directorateOf(DemoAccounts.DIRECTORATE) + "}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JsonBodies.object(response.body()).getJsonNumber("id").longValue();
    }

    private HttpResponse<String> correct(long id, String username, String body) {
        return dialogue().put("api/recommendations/" + id, username, body);
    }

    private String correction(long id, String text, long directorateId, String reason) {
        return Api.withVersion("{\"text\":\"" + text + "\",\"directorateId\":" + directorateId + ",\"reason\":\"" + reason
                + "\"}", dialogue().recommendationVersion(id));
    }

    private JsonObject read(long id, String username) {
        HttpResponse<String> response = api().get("api/recommendations/" + id, username);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JsonBodies.object(response.body());
    }

    private static JsonObject change(JsonObject entry, String field) {
        return entry.getJsonArray("changes").stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("field").equals(field)).findFirst()
                .orElseThrow(() -> new AssertionError("no change of " + field + " in " + entry));
    }

    private static List<String> fields(JsonObject problem) {
        return problem.getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")).toList();
    }

    @Test
    void the_pole_corrects_the_text_the_directorate_is_told_why_and_the_history_keeps_both_texts() {
        String stamp = String.valueOf(System.nanoTime());
        long id = recorded("Ouvrir la mairie le samdi " + stamp);
        long version = dialogue().recommendationVersion(id);
        long culture = dialogue().directorateOf(DemoAccounts.DIRECTORATE);

        HttpResponse<String> corrected = correct(id, DemoAccounts.POLE,
                correction(id, "Ouvrir la mairie le samedi " + stamp, culture, "Faute de frappe"));

        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
        JsonObject body = JsonBodies.object(corrected.body());
        assertThat(body.getString("text")).isEqualTo("Ouvrir la mairie le samedi " + stamp);
        assertThat(body.getJsonNumber("version").longValue()).isGreaterThan(version);
        assertThat(read(id, DemoAccounts.DIRECTORATE).getString("text")).isEqualTo("Ouvrir la mairie le samedi " + stamp);

        Mail mail = Mailboxes.await(SMTP, JULIEN, m -> m.subject().equals("Préconisation citoyenne corrigée")
                && m.body().contains(stamp), 1).get(0);
        assertThat(mail.body()).contains("« Ouvrir la mairie le samedi " + stamp + " »", "Motif : Faute de frappe");
        assertThat(Mailboxes.matching(SMTP, AMINA, m -> m.body().contains(stamp))).isEmpty();

        JsonObject entry = JsonBodies.object(api().get("api/recommendations/" + id + "/history", DemoAccounts.DIRECTORATE)
                .body()).getJsonArray("items").getJsonObject(0);
        assertThat(entry.getString("username")).isEqualTo(DemoAccounts.POLE);
        assertThat(change(entry, "text").getString("before")).isEqualTo("Ouvrir la mairie le samdi " + stamp);
        assertThat(change(entry, "text").getString("after")).isEqualTo("Ouvrir la mairie le samedi " + stamp);
        assertThat(change(entry, "correctionReason").getString("after")).isEqualTo("Faute de frappe");
    }

    @Test
    void a_reassigned_recommendation_goes_to_the_new_directorate_and_both_are_told() {
        String text = "Prêter des vélos aux clubs " + System.nanoTime();
        long id = recorded(text);
        long sports = dialogue().directorateOf(DemoAccounts.DIRECTORATE_2);
        Mailboxes.await(SMTP, JULIEN, m -> m.body().contains(text), 1);

        HttpResponse<String> reassigned = correct(id, DemoAccounts.POLE, correction(id, text, sports,
                "Les clubs relèvent des sports"));

        assertThat(reassigned.statusCode()).as(reassigned.body()).isEqualTo(200);
        assertThat(JsonBodies.object(reassigned.body()).getJsonNumber("directorateId").longValue()).isEqualTo(sports);
        assertThat(api().get("api/recommendations/" + id, DemoAccounts.DIRECTORATE).statusCode())
                .as("the former directorate no longer knows it").isEqualTo(404);
        HttpResponse<String> answered = dialogue().answer(id, DemoAccounts.DIRECTORATE_2,
                "{\"position\":\"RETAINED\",\"text\":\"Prêt dès la rentrée\"}");
        assertThat(answered.statusCode()).as("the new directorate answers it").isEqualTo(200);

        assertThat(Mailboxes.await(SMTP, JULIEN, m -> m.body().contains(text)
                && m.subject().equals("Préconisation confiée à une autre direction : Direction des sports"), 1))
                .singleElement().extracting(Mail::body).asString().contains("Motif : Les clubs relèvent des sports");
        assertThat(Mailboxes.await(SMTP, AMINA, m -> m.body().contains(text), 1)).singleElement()
                .extracting(Mail::subject).isEqualTo("Nouvelle préconisation citoyenne à traiter");

        JsonArray items = JsonBodies.object(api().get("api/recommendations/" + id + "/history", DemoAccounts.POLE).body())
                .getJsonArray("items");
        JsonObject correction = items.getJsonObject(1);
        assertThat(change(correction, "directorate").getString("before")).isEqualTo("Direction de la culture");
        assertThat(change(correction, "directorate").getString("after")).isEqualTo("Direction des sports");
        assertThat(change(correction, "correctionReason").getString("after")).isEqualTo("Les clubs relèvent des sports");
    }

    @Test
    void a_bad_correction_is_refused_with_its_field_and_changes_nothing() {
        String text = "Planter des arbres rue Neuve " + System.nanoTime();
        long id = recorded(text);
        long culture = dialogue().directorateOf(DemoAccounts.DIRECTORATE);
        JsonObject before = read(id, DemoAccounts.POLE);

        assertThat(correct(id, DemoAccounts.DIRECTORATE, correction(id, "Autre", culture, "Pourquoi pas")).statusCode())
                .as("the directorate itself").isEqualTo(403);
        assertThat(correct(id, DemoAccounts.ELECTED, correction(id, "Autre", culture, "Pourquoi pas")).statusCode())
                .isEqualTo(403);
        HttpResponse<String> noReason = correct(id, DemoAccounts.POLE, correction(id, "Autre", culture, " "));
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(fields(JsonBodies.object(noReason.body()))).containsExactly("reason");
        HttpResponse<String> unknown = correct(id, DemoAccounts.POLE, correction(id, "Autre", 999999, "Erreur"));
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(fields(JsonBodies.object(unknown.body()))).containsExactly("directorateId");
        HttpResponse<String> noVersion = correct(id, DemoAccounts.POLE,
                "{\"text\":\"Autre\",\"directorateId\":" + culture + ",\"reason\":\"Erreur\"}");
        assertThat(noVersion.statusCode()).isEqualTo(400);
        assertThat(noVersion.body()).contains("version");
        HttpResponse<String> stale = correct(id, DemoAccounts.POLE,
                "{\"text\":\"Autre\",\"directorateId\":" + culture + ",\"reason\":\"Erreur\",\"version\":-1}");
        assertThat(stale.statusCode()).isEqualTo(409);

        assertThat(read(id, DemoAccounts.POLE)).isEqualTo(before);
    }

    @Test
    void a_published_answer_freezes_its_recommendation() {
        String text = "Éclairer le parc la nuit " + System.nanoTime();
        long id = recorded(text);
        assertThat(dialogue().answer(id, DemoAccounts.DIRECTORATE, "{\"position\":\"RETAINED\",\"text\":\"Oui\"}")
                .statusCode()).isEqualTo(200);
        assertThat(api().post("api/recommendations/" + id + "/publication", DemoAccounts.POLE, DialogueApi.JSON, "{}")
                .statusCode()).isEqualTo(200);
        JsonObject before = read(id, DemoAccounts.POLE);

        HttpResponse<String> refused = correct(id, DemoAccounts.POLE, correction(id, "Autre texte",
                dialogue().directorateOf(DemoAccounts.DIRECTORATE_2), "Erreur"));

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("The answer to this recommendation is published");
        assertThat(read(id, DemoAccounts.POLE)).isEqualTo(before);
    }

    @Test
    void the_pole_publishes_answers_in_bulk_and_is_told_which_it_could_not() {
        long first = recorded("Ouvrir les cours d'école le samedi " + System.nanoTime());
        long second = recorded("Des bancs place du marché " + System.nanoTime());
        long unanswered = recorded("Un marché du soir " + System.nanoTime());
        for (long id : List.of(first, second)) {
            assertThat(dialogue().answer(id, DemoAccounts.DIRECTORATE, "{\"position\":\"RETAINED\",\"text\":\"Oui\"}")
                    .statusCode()).isEqualTo(200);
        }
        String ids = "{\"ids\":[" + first + "," + second + "," + unanswered + ",999999999]}";

        assertThat(api().post("api/recommendations/publication", DemoAccounts.DIRECTORATE, DialogueApi.JSON, ids)
                .statusCode()).isEqualTo(403);
        assertThat(read(first, DemoAccounts.POLE).getBoolean("published")).isFalse();

        HttpResponse<String> response = api().post("api/recommendations/publication", DemoAccounts.POLE,
                DialogueApi.JSON, ids);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonObject result = JsonBodies.object(response.body());
        assertThat(result.getJsonArray("published").getValuesAs(JsonNumber::longValue))
                .containsExactly(first, second);
        JsonArray refused = result.getJsonArray("refused");
        assertThat(refused).hasSize(2);
        assertThat(refused.getJsonObject(0).getJsonNumber("id").longValue()).isEqualTo(unanswered);
        assertThat(refused.getJsonObject(0).getString("detail"))
                .isEqualTo("This recommendation has no final answer to publish yet.");
        assertThat(refused.getJsonObject(1).getString("detail")).isEqualTo("This recommendation does not exist.");
        assertThat(read(first, DemoAccounts.POLE).getBoolean("published")).isTrue();
        assertThat(read(second, DemoAccounts.POLE).getBoolean("published")).isTrue();
        assertThat(read(unanswered, DemoAccounts.POLE).getBoolean("published")).isFalse();

        long version = read(first, DemoAccounts.POLE).getJsonNumber("version").longValue();
        HttpResponse<String> again = api().post("api/recommendations/publication", DemoAccounts.POLE, DialogueApi.JSON,
                "{\"ids\":[" + first + "]}");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("\"published\":[" + first + "]", "\"refused\":[]");
        assertThat(read(first, DemoAccounts.POLE).getJsonNumber("version").longValue())
                .as("publishing twice changes nothing").isEqualTo(version);

        HttpResponse<String> none = api().post("api/recommendations/publication", DemoAccounts.POLE, DialogueApi.JSON,
                "{\"ids\":[]}");
        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(fields(JsonBodies.object(none.body()))).containsExactly("ids");
    }
}
