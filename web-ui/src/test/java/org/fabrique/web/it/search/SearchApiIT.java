package org.fabrique.web.it.search;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.fabrique.web.it.DemoAccounts;
import org.fabrique.web.it.DeployedFabrique;
import org.fabrique.web.it.JsonBodies;
import org.fabrique.web.it.dialogue.DialogueApi;
import org.fabrique.web.it.prospective.ProspectiveApi;
import org.junit.jupiter.api.Test;

/**
 * The search through the API: French stems and accents, results grouped by kind, and each mission's
 * visibility: a directorate never finds another directorate's candidates, nobody finds a workshop's
 * confidential text, an anonymous call is refused.
 */
class SearchApiIT extends DeployedFabrique {

    /** A word found nowhere else: consonants only, so that no French ending is stripped from it. */
    static String uniqueWord() {
        String consonants = "bcdfghjklmnpqrtvwz";
        StringBuilder word = new StringBuilder("kw");
        for (int i = 0; i < 10; i++) {
            word.append(consonants.charAt(ThreadLocalRandom.current().nextInt(consonants.length())));
        }
        return word.toString();
    }

    private HttpResponse<String> search(String q, String kind, String username) {
        return api().get("api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)
                + (kind == null ? "" : "&kind=" + kind), username);
    }

    private JsonObject found(String q, String kind, String username) {
        HttpResponse<String> response = search(q, kind, username);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JsonBodies.object(response.body());
    }

    private static List<JsonObject> objects(JsonArray array) {
        return array.stream().map(JsonValue::asJsonObject).toList();
    }

    private long candidate(String title, String username) {
        DialogueApi dialogue = new DialogueApi(api());
        long programme = dialogue.openProgrammeAcceptingToday().getJsonNumber("id").longValue();
        HttpResponse<String> drafted = dialogue.draft(programme, username, dialogue.completeCandidate(title));
        assertThat(drafted.statusCode()).as(drafted.body()).isEqualTo(201);
        return JsonBodies.object(drafted.body()).getJsonNumber("id").longValue();
    }

    @Test
    void equipement_without_its_accent_and_plural_finds_a_candidate_titled_equipements() {
        String word = uniqueWord();
        long id = candidate("Équipements nautiques " + word, DemoAccounts.DIRECTORATE_2);

        JsonObject page = found("equipement " + word, "CANDIDATE", DemoAccounts.POLE);

        assertThat(page.getInt("total")).isEqualTo(1);
        assertThat(page.getInt("page")).isZero();
        JsonObject hit = page.getJsonArray("items").getJsonObject(0);
        assertThat(hit.getJsonNumber("id").longValue()).isEqualTo(id);
        assertThat(hit.getString("kind")).isEqualTo("CANDIDATE");
        assertThat(hit.getString("title")).isEqualTo("Équipements nautiques " + word);
        assertThat(hit.getString("titleHtml")).isEqualTo("<mark>Équipements</mark> nautiques <mark>" + word + "</mark>");
        assertThat(hit.getString("link")).isEqualTo("/dialogue/candidate.xhtml?id=" + id);
    }

    @Test
    void results_are_grouped_by_kind_in_order_each_with_its_total_and_first_records() {
        JsonObject grouped = found("équipement", null, DemoAccounts.POLE);

        assertThat(grouped.getString("query")).isEqualTo("équipement");
        List<JsonObject> groups = objects(grouped.getJsonArray("groups"));
        List<String> kinds = groups.stream().map(g -> g.getString("kind")).toList();
        assertThat(kinds).contains("CANDIDATE", "RECOMMENDATION");
        assertThat(kinds).isSortedAccordingTo((a, b) -> order(a) - order(b));
        for (JsonObject group : groups) {
            List<JsonObject> items = objects(group.getJsonArray("items"));
            assertThat(items).isNotEmpty().hasSizeLessThanOrEqualTo(5);
            assertThat(group.getInt("total")).isGreaterThanOrEqualTo(items.size());
            assertThat(items).allSatisfy(i -> {
                assertThat(i.getString("kind")).isEqualTo(group.getString("kind"));
                assertThat(i.getString("titleHtml") + i.getString("excerptHtml")).contains("<mark>");
            });
        }
    }

    private static int order(String kind) {
        return List.of("PROGRAMME", "CANDIDATE", "RECOMMENDATION", "WORKSHOP", "EVALUATION").indexOf(kind);
    }

    @Test
    void a_directorate_never_finds_another_directorates_candidates() {
        String word = uniqueWord();
        candidate("Équipements de quartier " + word, DemoAccounts.DIRECTORATE_2);

        assertThat(found(word, null, DemoAccounts.DIRECTORATE).getJsonArray("groups")).isEmpty();
        assertThat(found(word, "CANDIDATE", DemoAccounts.DIRECTORATE).getInt("total")).isZero();
        assertThat(found(word, "CANDIDATE", DemoAccounts.DIRECTORATE_2).getInt("total")).isEqualTo(1);

        List<JsonObject> mine = objects(found("équipement", "CANDIDATE", DemoAccounts.DIRECTORATE).getJsonArray("items"));
        long ownDirectorate = new DialogueApi(api()).directorateOf(DemoAccounts.DIRECTORATE);
        for (JsonObject hit : mine) {
            JsonObject candidate = JsonBodies.object(api().get("api/candidates/" + hit.getJsonNumber("id"),
                    DemoAccounts.DIRECTORATE).body());
            assertThat(candidate.getJsonNumber("directorateId").longValue()).isEqualTo(ownDirectorate);
        }
    }

    @Test
    void nobody_finds_a_workshops_unpublished_synthesis_while_its_title_is_found_by_any_account() {
        String titleWord = uniqueWord();
        String secret = uniqueWord();
        ProspectiveApi prospective = new ProspectiveApi(api());
        JsonObject workshop = ProspectiveApi.created(api().post("api/workshops", DemoAccounts.POLE, ProspectiveApi.JSON,
                String.format("{\"cycleId\":%d,\"title\":\"Atelier %s\",\"kind\":\"MAJOR_ISSUE\",\"scale\":\"CITY\","
                        + "\"presidentPersonId\":%d}", prospective.newCycle(), titleWord,
                        prospective.personOf(DemoAccounts.ELECTED))));
        long id = workshop.getJsonNumber("id").longValue();
        HttpResponse<String> written = prospective.put("api/workshops/" + id + "/synthesis", DemoAccounts.POLE,
                "{\"text\":\"Une note encore confidentielle : " + secret + ".\",\"version\":"
                        + workshop.getJsonNumber("version") + "}");
        assertThat(written.statusCode()).as(written.body()).isEqualTo(200);

        for (String username : List.of(DemoAccounts.ELECTED_2, DemoAccounts.DIRECTORATE_2, DemoAccounts.ELECTED,
                DemoAccounts.POLE)) {
            assertThat(found(secret, null, username).getJsonArray("groups")).as(username).isEmpty();
            JsonArray byTitle = found(titleWord, null, username).getJsonArray("groups");
            assertThat(byTitle).as(username).hasSize(1);
            assertThat(byTitle.getJsonObject(0).getString("kind")).isEqualTo("WORKSHOP");
            assertThat(byTitle.getJsonObject(0).getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue())
                    .isEqualTo(id);
        }

        long version = JsonBodies.object(written.body()).getJsonNumber("version").longValue();
        HttpResponse<String> published = prospective.put("api/workshops/" + id + "/synthesis", DemoAccounts.POLE,
                "{\"text\":\"Une note publiée : " + secret + ".\",\"publish\":true,\"version\":" + version + "}");
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        JsonObject hit = found(secret, "WORKSHOP", DemoAccounts.ELECTED_2).getJsonArray("items").getJsonObject(0);
        assertThat(hit.getString("excerptHtml")).isEqualTo("Une note publiée : <mark>" + secret + "</mark>.");
    }

    @Test
    void an_anonymous_call_is_refused_and_a_query_without_words_is_a_bad_request() {
        assertThat(search("équipement", null, null).statusCode()).isEqualTo(401);

        HttpResponse<String> blank = search("  de la ", null, DemoAccounts.POLE);
        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(blank.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(search("équipement", "UNKNOWN", DemoAccounts.POLE).statusCode()).isEqualTo(400);
    }

    @Test
    void a_participant_searches_workshops_and_evaluations_but_not_the_citizen_dialogue() {
        JsonArray groups = found("équipement", null, DemoAccounts.PARTICIPANT).getJsonArray("groups");

        assertThat(objects(groups)).extracting(g -> g.getString("kind")).doesNotContain("PROGRAMME", "CANDIDATE",
                "RECOMMENDATION");
        assertThat(found("équipement", "CANDIDATE", DemoAccounts.PARTICIPANT).getInt("total")).isZero();
    }
}
