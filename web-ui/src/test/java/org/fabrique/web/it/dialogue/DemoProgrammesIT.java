package org.fabrique.web.it.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.fabrique.web.it.DemoAccounts;
import org.fabrique.web.it.DeployedFabrique;
import org.fabrique.web.it.JsonBodies;
import org.junit.jupiter.api.Test;

/**
 * The citizen-dialogue demo an empty database gets, as the API shows it: next year's programme open with
 * drafts, this year's validated with its dialogue projects and recommendations in every state, last
 * year's closed. Other test classes never open programmes of the demo's three years (DialogueApi.newYear).
 */
class DemoProgrammesIT extends DeployedFabrique {

    private static final int YEAR = DialogueApi.today().getYear();

    @Test
    void next_years_programme_is_open_and_a_directorate_sees_only_its_own_candidates() {
        JsonObject programme = programme(YEAR + 1);
        assertThat(programme.getString("status")).isEqualTo("OPEN");
        String candidates = "api/programmes/" + programme.getJsonNumber("id") + "/candidates?size=500";

        JsonObject mine = read(candidates, DemoAccounts.DIRECTORATE);
        long culture = directorateOf(DemoAccounts.DIRECTORATE);
        assertThat(items(mine)).isNotEmpty().allSatisfy(c -> assertThat(c.getJsonNumber("directorateId").longValue()).isEqualTo(culture));
        assertThat(items(mine)).filteredOn(c -> c.getString("status").equals("DRAFT")).hasSizeGreaterThanOrEqualTo(2);

        JsonObject theirs = read(candidates, DemoAccounts.DIRECTORATE_2);
        assertThat(items(theirs)).extracting(c -> c.getString("status")).contains("DRAFT");
        assertThat(items(theirs)).noneMatch(c -> c.getJsonNumber("directorateId").longValue() == culture);

        List<JsonObject> all = items(read(candidates, DemoAccounts.POLE));
        assertThat(all.size()).isGreaterThan(mine.getInt("total") + theirs.getInt("total"));
        assertThat(all).extracting(c -> c.getString("status")).contains("DRAFT", "SUBMITTED", "STUDIED");
    }

    @Test
    void this_years_programme_is_validated_within_its_target_range_with_its_dialogue_projects() {
        JsonObject programme = programme(YEAR);
        assertThat(programme.getString("status")).isEqualTo("VALIDATED");
        assertThat(programme.getString("validatedBy")).isEqualTo(DemoAccounts.ELECTED);
        int retained = programme.getInt("retainedCount");
        assertThat(retained).isBetween(programme.getInt("targetMin"), programme.getInt("targetMax")).isBetween(30, 50);

        List<JsonObject> candidates = items(read("api/programmes/" + programme.getJsonNumber("id") + "/candidates?size=500", DemoAccounts.ELECTED));
        assertThat(candidates.size()).isGreaterThan(retained);
        assertThat(candidates).extracting(c -> c.getString("status")).containsOnly("ARBITRATED", "WITHDRAWN");
        assertThat(candidates).filteredOn(c -> c.getString("status").equals("ARBITRATED"))
                .allSatisfy(c -> assertThat(c.getJsonObject("feasibility").getJsonArray("criteria")).hasSize(4))
                .extracting(c -> c.getJsonObject("arbitration").getString("decision"))
                .contains("RETAINED", "DEFERRED", "REJECTED");

        JsonObject projects = read("api/programmes/" + programme.getJsonNumber("id") + "/projects?size=500", DemoAccounts.PARTICIPANT);
        assertThat(projects.getInt("total")).isEqualTo(retained);
        assertThat(items(projects)).extracting(p -> p.getString("title")).anyMatch(t -> t.startsWith("Nouvelle mairie de quartier"));
    }

    @Test
    void this_years_recommendations_are_overdue_or_answered_and_a_directorate_sees_its_own() {
        String programmeId = programme(YEAR).getJsonNumber("id").toString();

        List<JsonObject> overdue = items(read("api/recommendations?size=500&overdue=true&programmeId=" + programmeId, DemoAccounts.POLE));
        assertThat(overdue).isNotEmpty().allSatisfy(r -> {
            assertThat(r.getBoolean("overdue")).isTrue();
            assertThat(r.getString("status")).isEqualTo("AWAITING_ANSWER");
            assertThat(r.getString("dueDate")).isLessThan(DialogueApi.today().toString());
        });

        JsonObject all = read("api/recommendations?size=500&programmeId=" + programmeId, DemoAccounts.POLE);
        assertThat(all.getInt("total")).isBetween(120, 200);
        assertThat(items(all)).extracting(r -> r.getString("status")).contains("ANSWERED", "AWAITING_ANSWER");
        assertThat(items(all)).filteredOn(r -> answered(r) && r.getString("status").equals("AWAITING_ANSWER"))
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.getJsonObject("answer").getString("position")).isEqualTo("UNDER_STUDY"));
        assertThat(items(all)).filteredOn(r -> answered(r) && r.getJsonObject("answer").getString("position").equals("NOT_RETAINED"))
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.getJsonObject("answer").getString("text")).isNotBlank());

        long culture = directorateOf(DemoAccounts.DIRECTORATE);
        List<JsonObject> mine = items(read("api/recommendations?size=500&programmeId=" + programmeId, DemoAccounts.DIRECTORATE));
        assertThat(mine).isNotEmpty().hasSizeLessThan(all.getInt("total"))
                .allSatisfy(r -> assertThat(r.getJsonNumber("directorateId").longValue()).isEqualTo(culture));
        assertThat(mine).anyMatch(r -> r.getBoolean("overdue"));
        assertThat(mine).anyMatch(r -> !r.getBoolean("overdue") && r.getString("status").equals("AWAITING_ANSWER"));
    }

    @Test
    void this_years_public_page_shows_published_answers_and_an_on_time_rate() {
        HttpResponse<String> response = api().get("api/public/programmes/" + YEAR, null);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject programme = JsonBodies.object(response.body());
        assertThat(programme.getString("status")).isEqualTo("VALIDATED");
        List<JsonObject> published = programme.getJsonArray("projects").getValuesAs(JsonObject.class).stream()
                .flatMap(p -> p.getJsonArray("recommendations").getValuesAs(JsonObject.class).stream()).toList();
        assertThat(published).isNotEmpty().hasSizeLessThan(programme.getInt("recommendations"))
                .allSatisfy(r -> assertThat(r.getJsonObject("answer").getString("position")).isNotEqualTo("UNDER_STUDY"));
        JsonObject onTime = programme.getJsonObject("onTime");
        assertThat(onTime.getJsonNumber("rate").doubleValue()).isStrictlyBetween(0.0, 1.0);
        assertThat(onTime.getInt("answeredLate")).isPositive();
        assertThat(onTime.getInt("overdue")).isPositive();
    }

    @Test
    void last_years_programme_is_closed_with_every_answer_given() {
        assertThat(programme(YEAR - 1).getString("status")).isEqualTo("CLOSED");

        JsonObject programme = JsonBodies.object(api().get("api/public/programmes/" + (YEAR - 1), null).body());
        assertThat(programme.getString("status")).isEqualTo("CLOSED");
        assertThat(programme.getJsonObject("onTime").getInt("overdue")).isZero();
        assertThat(programme.getJsonArray("projects")).isNotEmpty();
    }

    @Test
    void the_catalogue_of_methods_shows_the_demo_projects_and_their_lessons() {
        List<JsonObject> methods = JsonBodies.object("{\"m\":" + api().get("api/methods", DemoAccounts.ELECTED).body() + "}")
                .getJsonArray("m").getValuesAs(JsonObject.class);
        JsonObject coConstruction = methods.stream().filter(m -> m.getString("method").equals("CO_CONSTRUCTION_WORKSHOP"))
                .findFirst().orElseThrow();
        assertThat(coConstruction.getInt("projects")).isGreaterThan(coConstruction.getInt("withLessons"));
        assertThat(coConstruction.getInt("withLessons")).isPositive();

        List<JsonObject> walks = items(read("api/methods/URBAN_WALK/projects?size=500", DemoAccounts.DIRECTORATE));
        assertThat(walks).extracting(p -> p.getString("title")).contains("Cohabitation dans l'espace public du centre-ville");
        assertThat(walks).filteredOn(p -> p.getString("title").startsWith("Cohabitation"))
                .singleElement().satisfies(p -> assertThat(p.getString("lessons")).contains("balade urbaine de nuit"));
    }

    private JsonObject programme(int year) {
        return items(read("api/programmes?size=500", DemoAccounts.POLE)).stream()
                .filter(p -> p.getInt("year") == year).findFirst()
                .orElseThrow(() -> new AssertionError("The demo has no programme of " + year));
    }

    private long directorateOf(String username) {
        return read("api/me", username).getJsonNumber("directorateId").longValue();
    }

    private JsonObject read(String path, String username) {
        HttpResponse<String> response = api().get(path, username);
        assertThat(response.statusCode()).as(path + " as " + username + ": " + response.body()).isEqualTo(200);
        return JsonBodies.object(response.body());
    }

    /** Whether the recommendation has an answer, interim or not. */
    private static boolean answered(JsonObject recommendation) {
        return recommendation.containsKey("answer") && !recommendation.isNull("answer");
    }

    private static List<JsonObject> items(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class);
    }
}
