package org.fabrique.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.fabrique.web.it.dialogue.DialogueApi;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/me/work}: what waits for the caller, from the same service as the home page, most urgent
 * first. An item shows where the work is, and goes once the work is done: a directorate sees the programme
 * taking candidates and its draft, the pôle the submitted candidate to study, the elected officials the studied
 * one to arbitrate.
 */
class MyWorkIT extends DeployedFabrique {

    private List<JsonObject> work(String username) {
        return work(username, "en");
    }

    private List<JsonObject> work(String username, String language) {
        HttpResponse<String> answer = api().send(api().request("api/me/work", username)
                .header("Accept-Language", language).GET().build());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JsonBodies.object(answer.body()).getJsonArray("items").getValuesAs(JsonValue::asJsonObject);
    }

    private static Optional<JsonObject> item(List<JsonObject> items, String kind, String url) {
        return items.stream().filter(i -> i.getString("kind").equals(kind) && i.getString("url").equals(url)).findFirst();
    }

    @Test
    void each_item_says_where_the_work_is_and_goes_once_done() {
        DialogueApi dialogue = new DialogueApi(api());
        JsonObject opened = dialogue.openProgramme(DialogueApi.today().minusDays(1), DialogueApi.today().plusDays(20), 1, 2);
        long programme = opened.getJsonNumber("id").longValue();
        int year = opened.getInt("year");
        String programmePage = "/dialogue/programme.xhtml?id=" + programme;
        String closes = DialogueApi.today().plusDays(20).toString();

        JsonObject open = item(work(DemoAccounts.DIRECTORATE), "dialogue.open", programmePage).orElseThrow();
        assertThat(open.getString("title")).startsWith("Programme " + year + " takes candidate projects until ");
        assertThat(open.getString("due")).isEqualTo(closes);
        assertThat(item(work(DemoAccounts.DIRECTORATE), "dialogue.drafts", programmePage)).as("no draft yet").isEmpty();

        long candidate = dialogue.draftComplete(programme, DemoAccounts.DIRECTORATE).getJsonNumber("id").longValue();
        JsonObject drafts = item(work(DemoAccounts.DIRECTORATE), "dialogue.drafts", programmePage).orElseThrow();
        assertThat(drafts.getString("title")).isEqualTo("One draft not yet submitted (programme " + year + ")");
        assertThat(item(work(DemoAccounts.DIRECTORATE, "fr"), "dialogue.drafts", programmePage).orElseThrow()
                .getString("title")).isEqualTo("Un brouillon pas encore déposé (programme " + year + ")");
        assertThat(item(work(DemoAccounts.POLE), "dialogue.toStudy", programmePage)).as("a draft is not to study").isEmpty();

        assertThat(dialogue.submit(candidate, DemoAccounts.DIRECTORATE).statusCode()).isEqualTo(200);
        assertThat(item(work(DemoAccounts.DIRECTORATE), "dialogue.drafts", programmePage)).as("submitted: gone").isEmpty();
        assertThat(item(work(DemoAccounts.DIRECTORATE_2), "dialogue.drafts", programmePage)).isEmpty();
        assertThat(item(work(DemoAccounts.POLE), "dialogue.toStudy", programmePage).orElseThrow().getString("title"))
                .isEqualTo("One submitted candidate project to study (programme " + year + ")");

        assertThat(dialogue.feasibility(candidate, DemoAccounts.POLE, "FEASIBLE").statusCode()).isEqualTo(200);
        assertThat(item(work(DemoAccounts.POLE), "dialogue.toStudy", programmePage)).as("studied: gone").isEmpty();
        String arbitration = "/dialogue/arbitration.xhtml?programme=" + programme;
        assertThat(item(work(DemoAccounts.ELECTED), "dialogue.toArbitrate", arbitration).orElseThrow().getString("title"))
                .isEqualTo("One studied candidate project to arbitrate (programme " + year + ")");

        assertThat(dialogue.arbitrate(candidate, DemoAccounts.ELECTED, "RETAINED").statusCode()).isEqualTo(200);
        assertThat(item(work(DemoAccounts.ELECTED), "dialogue.toArbitrate", arbitration)).as("arbitrated: gone").isEmpty();
        assertThat(item(work(DemoAccounts.ELECTED), "dialogue.toValidate", arbitration))
                .as("not while the programme still takes candidates").isEmpty();
        assertThat(work(DemoAccounts.PARTICIPANT)).noneMatch(i -> i.getString("kind").startsWith("dialogue."));
        assertThat(work(DemoAccounts.PARTICIPANT)).as("the demo's expert sits in this year's workshop")
                .anySatisfy(i -> assertThat(i.getString("kind")).isEqualTo("prospective.session"));
    }

    @Test
    void the_most_urgent_comes_first_and_nobody_else_reads_it() {
        for (String username : List.of(DemoAccounts.POLE, DemoAccounts.DIRECTORATE, DemoAccounts.ELECTED,
                DemoAccounts.PARTICIPANT)) {
            List<JsonObject> items = work(username);
            List<LocalDate> dated = items.stream().map(i -> !i.containsKey("due") || i.isNull("due") ? null : LocalDate.parse(i.getString("due")))
                    .toList();
            assertThat(dated).as(username).isSortedAccordingTo(Comparator.nullsLast(Comparator.naturalOrder()));
            assertThat(items).as(username).allSatisfy(i -> {
                assertThat(i.getString("url")).startsWith("/");
                assertThat(i.getString("title")).isNotBlank().doesNotContain("{").doesNotStartWith("pending.");
            });
        }
        assertThat(work(DemoAccounts.DIRECTORATE)).as("a directorate's overdue answers, dated by the oldest")
                .anySatisfy(i -> {
                    assertThat(i.getString("kind")).isEqualTo("dialogue.overdue");
                    assertThat(LocalDate.parse(i.getString("due"))).isBefore(DialogueApi.today());
                });
        assertThat(api().get("api/me/work", null).statusCode()).isEqualTo(401);
    }
}
