package org.fabrique.web.it.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fabrique.web.it.DemoAccounts;
import org.fabrique.web.it.DeployedFabrique;
import org.fabrique.web.it.JsonBodies;
import org.junit.jupiter.api.Test;

/**
 * The commitment dashboard and the programme pipeline through the API: the figures move as a directorate
 * answers, agree with the recommendations they count and with the public on-time rate; who may read them.
 */
class CommitmentApiIT extends DeployedFabrique {

    private static final List<String> FIGURES = List.of("total", "awaiting", "overdue", "answeredOnTime", "answeredLate");

    private DialogueApi dialogue() {
        return new DialogueApi(api());
    }

    private JsonObject read(String path, String username) {
        HttpResponse<String> response = api().get(path, username);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return JsonBodies.object(response.body());
    }

    private long record(long projectId, long directorateId, String text) {
        HttpResponse<String> response = api().post("api/projects/" + projectId + "/recommendations", DemoAccounts.POLE,
                DialogueApi.JSON, "{\"text\":\"" + text + "\",\"directorateId\":" + directorateId + "}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JsonBodies.object(response.body()).getJsonNumber("id").longValue();
    }

    private void answer(long recommendationId, String username, String position) {
        HttpResponse<String> response = dialogue().answer(recommendationId, username,
                "{\"position\":\"" + position + "\",\"text\":\"La direction répond\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    private static List<Long> figures(JsonObject figures) {
        return FIGURES.stream().map(name -> figures.getJsonNumber(name).longValue()).toList();
    }

    private static JsonObject directorate(JsonObject commitment, long directorateId) {
        return commitment.getJsonArray("directorates").getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getJsonNumber("directorateId").longValue() == directorateId)
                .findFirst().orElseThrow(() -> new AssertionError("no directorate " + directorateId + " in " + commitment));
    }

    @Test
    void a_new_programmes_figures_move_as_the_directorates_answer() {
        JsonObject project = dialogue().validatedProject();
        long projectId = project.getJsonNumber("id").longValue();
        long programmeId = project.getJsonNumber("programmeId").longValue();
        long culture = dialogue().directorateOf(DemoAccounts.DIRECTORATE);
        long sports = dialogue().directorateOf(DemoAccounts.DIRECTORATE_2);
        long first = record(projectId, culture, "Ouvrir la mairie le samedi matin");
        record(projectId, culture, "Un accueil sans rendez-vous");
        long third = record(projectId, sports, "Un terrain de sport à côté");

        JsonObject before = read("api/programmes/" + programmeId + "/commitment", DemoAccounts.DIRECTORATE);
        assertThat(before.getJsonNumber("programmeId").longValue()).isEqualTo(programmeId);
        assertThat(figures(before)).containsExactly(3L, 3L, 0L, 0L, 0L);
        assertThat(before.get("onTimeRate")).as("nothing is due yet").isEqualTo(JsonValue.NULL);
        assertThat(figures(directorate(before, culture))).containsExactly(2L, 2L, 0L, 0L, 0L);
        assertThat(directorate(before, culture).getString("name")).isEqualTo("Direction de la culture");
        assertThat(figures(directorate(before, sports))).as("another directorate's figures are not secret")
                .containsExactly(1L, 1L, 0L, 0L, 0L);

        answer(first, DemoAccounts.DIRECTORATE, "UNDER_STUDY");
        assertThat(figures(read("api/programmes/" + programmeId + "/commitment", DemoAccounts.POLE)))
                .as("an interim answer does not end the commitment").containsExactly(3L, 3L, 0L, 0L, 0L);
        answer(first, DemoAccounts.DIRECTORATE, "RETAINED");
        answer(third, DemoAccounts.DIRECTORATE_2, "NOT_RETAINED");

        JsonObject after = read("api/programmes/" + programmeId + "/commitment", DemoAccounts.ELECTED);
        assertThat(figures(after)).containsExactly(3L, 1L, 0L, 2L, 0L);
        assertThat(after.getJsonNumber("onTimeRate").doubleValue()).isEqualTo(1.0);
        assertThat(figures(directorate(after, culture))).containsExactly(2L, 1L, 0L, 1L, 0L);
        assertThat(figures(directorate(after, sports))).containsExactly(1L, 0L, 0L, 1L, 0L);

        JsonObject listed = read("api/commitment?size=500", DemoAccounts.POLE).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getJsonNumber("programmeId").longValue() == programmeId).findFirst().orElseThrow();
        assertThat(listed).isEqualTo(after);
        int year = after.getInt("year");
        assertThat(JsonBodies.object(api().get("api/public/programmes/" + year, null).body()).getJsonObject("onTime")
                .getJsonNumber("rate").doubleValue()).isEqualTo(1.0);
    }

    @Test
    void the_demo_programmes_figures_are_those_of_its_recommendations_and_its_public_rate() {
        int year = DialogueApi.today().getYear();
        JsonObject programme = read("api/programmes?size=500", DemoAccounts.POLE).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(p -> p.getInt("year") == year).findFirst().orElseThrow();
        String id = programme.getJsonNumber("id").toString();

        JsonObject commitment = read("api/programmes/" + id + "/commitment", DemoAccounts.POLE);
        List<JsonObject> recommendations = read("api/recommendations?size=500&programmeId=" + id, DemoAccounts.POLE)
                .getJsonArray("items").getValuesAs(JsonObject.class);
        JsonObject onTime = read("api/public/programmes/" + year, null).getJsonObject("onTime");

        Map<Long, long[]> expected = new HashMap<>();
        long[] all = new long[5];
        for (JsonObject r : recommendations) {
            long[] counts = expected.computeIfAbsent(r.getJsonNumber("directorateId").longValue(), d -> new long[5]);
            int[] which = classify(r);
            for (int i : which) {
                counts[i]++;
                all[i]++;
            }
        }
        assertThat(figures(commitment)).containsExactly(all[0], all[1], all[2], all[3], all[4]);
        assertThat(all[2]).as("the demo has overdue recommendations").isPositive();
        assertThat(all[4]).as("and late answers").isPositive();
        assertThat(commitment.getJsonArray("directorates")).hasSize(expected.size());
        expected.forEach((directorate, counts) -> assertThat(figures(directorate(commitment, directorate)))
                .containsExactly(counts[0], counts[1], counts[2], counts[3], counts[4]));

        assertThat(onTime.getJsonNumber("answeredOnTime").longValue()).isEqualTo(all[3]);
        assertThat(onTime.getJsonNumber("answeredLate").longValue()).isEqualTo(all[4]);
        assertThat(onTime.getJsonNumber("overdue").longValue()).isEqualTo(all[2]);
        assertThat(commitment.getJsonNumber("onTimeRate").doubleValue())
                .isEqualTo(onTime.getJsonNumber("rate").doubleValue())
                .isEqualTo((double) all[3] / (all[3] + all[4] + all[2]));
    }

    /** The indexes in {@link #FIGURES} a recommendation counts in, judged from what the API says of it. */
    private static int[] classify(JsonObject r) {
        if (r.getString("status").equals("AWAITING_ANSWER")) {
            return r.getBoolean("overdue") ? new int[] {0, 1, 2} : new int[] {0, 1};
        }
        LocalDate answeredOn = LocalDate.parse(r.getJsonObject("answer").getString("answeredOn"));
        return answeredOn.isAfter(LocalDate.parse(r.getString("dueDate"))) ? new int[] {0, 4} : new int[] {0, 3};
    }

    @Test
    void the_pipeline_counts_the_candidates_by_stage_and_a_directorate_only_its_own() {
        long programme = dialogue().openProgrammeAcceptingToday().getJsonNumber("id").longValue();
        long culture = dialogue().directorateOf(DemoAccounts.DIRECTORATE);
        long sports = dialogue().directorateOf(DemoAccounts.DIRECTORATE_2);
        dialogue().draftComplete(programme, DemoAccounts.DIRECTORATE);
        long submitted = dialogue().draftComplete(programme, DemoAccounts.DIRECTORATE).getJsonNumber("id").longValue();
        assertThat(dialogue().submit(submitted, DemoAccounts.DIRECTORATE).statusCode()).isEqualTo(200);
        dialogue().arbitrated(programme, "RETAINED");
        dialogue().draftComplete(programme, DemoAccounts.DIRECTORATE_2);

        JsonObject pipeline = read("api/programmes/" + programme + "/pipeline", DemoAccounts.POLE);
        assertThat(pipeline.getInt("total")).isEqualTo(4);
        assertThat(stages(pipeline)).containsExactly(2L, 1L, 0L, 1L, 0L, 0L, 0L);
        assertThat(pipeline.getJsonArray("directorate").getValuesAs(JsonObject.class))
                .extracting(d -> d.getJsonNumber("directorateId").longValue(), d -> d.getString("name"), d -> d.getInt("total"))
                .containsExactly(tuple(culture, "Direction de la culture", 3),
                        tuple(sports, "Direction des sports", 1));
        JsonObject policy = pipeline.getJsonArray("policy").getJsonObject(0);
        assertThat(pipeline.getJsonArray("policy")).hasSize(1);
        assertThat(policy.getInt("total")).isEqualTo(4);
        assertThat(policy.getString("name")).isNotBlank();
        JsonObject scale = pipeline.getJsonArray("scale").getJsonObject(0);
        assertThat(scale.getString("scale")).isEqualTo("CITY");
        assertThat(stages(scale)).containsExactly(2L, 1L, 0L, 1L, 0L, 0L, 0L);
        assertThat(read("api/programmes/" + programme + "/pipeline", DemoAccounts.ELECTED)).isEqualTo(pipeline);

        JsonObject own = read("api/programmes/" + programme + "/pipeline", DemoAccounts.DIRECTORATE);
        assertThat(own.getInt("total")).isEqualTo(3);
        assertThat(stages(own)).containsExactly(1L, 1L, 0L, 1L, 0L, 0L, 0L);
        assertThat(own.getJsonArray("directorate")).hasSize(1);
        assertThat(own.getJsonArray("directorate").getJsonObject(0).getJsonNumber("directorateId").longValue()).isEqualTo(culture);
        assertThat(read("api/programmes/" + programme + "/pipeline", DemoAccounts.DIRECTORATE_2).getInt("total")).isEqualTo(1);
    }

    private static List<Long> stages(JsonObject counted) {
        JsonObject status = counted.getJsonObject("status");
        return List.of("DRAFT", "SUBMITTED", "STUDIED", "RETAINED", "DEFERRED", "REJECTED", "WITHDRAWN").stream()
                .map(stage -> status.getJsonNumber(stage)).map(JsonNumber::longValue).toList();
    }

    @Test
    void only_accounts_of_the_programme_read_the_figures_and_an_unknown_programme_is_not_found() {
        long programme = dialogue().openProgrammeAcceptingToday().getJsonNumber("id").longValue();
        List<String> paths = List.of("api/commitment", "api/programmes/" + programme + "/commitment",
                "api/programmes/" + programme + "/pipeline");
        for (String path : paths) {
            HttpResponse<String> anonymous = api().get(path, null);
            assertThat(anonymous.statusCode()).as(path).isEqualTo(401);
            assertThat(anonymous.headers().firstValue("WWW-Authenticate")).isPresent();
            HttpResponse<String> participant = api().get(path, DemoAccounts.PARTICIPANT);
            assertThat(participant.statusCode()).as(path).isEqualTo(403);
            assertThat(participant.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            for (String account : List.of(DemoAccounts.POLE, DemoAccounts.DIRECTORATE, DemoAccounts.ELECTED)) {
                assertThat(api().get(path, account).statusCode()).as(path + " for " + account).isEqualTo(200);
            }
        }
        assertThat(api().get("api/programmes/999999/commitment", DemoAccounts.POLE).statusCode()).isEqualTo(404);
        assertThat(api().get("api/programmes/999999/pipeline", DemoAccounts.ELECTED).statusCode()).isEqualTo(404);
    }

    @Test
    void openapi_describes_the_dashboard_endpoints() {
        HttpResponse<String> response = api().send(api().request("openapi", null).header("Accept", "application/json").GET().build());

        assertThat(JsonBodies.object(response.body()).getJsonObject("paths").keySet())
                .contains("/api/commitment", "/api/programmes/{id}/commitment", "/api/programmes/{id}/pipeline");
    }
}
