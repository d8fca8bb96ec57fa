package org.fabrique.web.it.prospective;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.fabrique.web.it.DemoAccounts;
import org.fabrique.web.it.DeployedFabrique;
import org.fabrique.web.it.JsonBodies;
import org.junit.jupiter.api.Test;

/**
 * The prospective demo an empty database gets, as the API shows it: the seed's two cycles and their
 * 16 workshops, whose distinct people are exactly the seed's "En chiffres"; this year's workshop in
 * progress, open to its members (elu, direction, expert) and the pôle, closed to elu2 and direction2.
 * Other test classes may add cycles and workshops of their own: these tests find the demo's by name.
 */
class ProspectiveDemoIT extends DeployedFabrique {

    private static final String FIRST_CYCLE = "Premier cycle des Ateliers prospectifs (2008–2009)";
    private static final String SECOND_CYCLE = "Seconde vague des Ateliers prospectifs (2010–2013)";
    private static final String CURRENT_TITLE = "Grand enjeu : la culture, fabrique du lien social dans la métropole";

    @Test
    void the_seeds_two_cycles_are_listed_with_their_dates() {
        JsonObject first = cycle(FIRST_CYCLE);
        assertThat(first.getString("start")).isEqualTo("2008-06-01");
        assertThat(first.getString("end")).isEqualTo("2009-12-31");
        JsonObject second = cycle(SECOND_CYCLE);
        assertThat(second.getString("start")).isEqualTo("2010-01-01");
        assertThat(second.getString("end")).isEqualTo("2013-06-30");
    }

    @Test
    void the_first_cycle_reexamined_ten_policies_and_the_second_wave_six_as_the_seed_lists_them() {
        Map<Long, String> policies = policies();
        List<JsonObject> first = workshops(cycle(FIRST_CYCLE), DemoAccounts.ELECTED_2);
        assertThat(first).extracting(w -> policies.get(w.getJsonNumber("policyId").longValue())).containsExactlyInAnyOrder(
                "Culture", "Éducation et réussite éducative", "Égalité, citoyenneté, intégration des populations immigrées",
                "Jeunesse", "Logement habitat", "Personnes âgées", "Petite enfance", "Solidarité et action sociale", "Sport",
                "Vie associative");
        List<JsonObject> second = workshops(cycle(SECOND_CYCLE), DemoAccounts.PARTICIPANT);
        assertThat(second).extracting(w -> policies.get(w.getJsonNumber("policyId").longValue())).containsExactlyInAnyOrder(
                "Conciliation des temps", "Musée des Beaux-Arts", "Prévention de la délinquance",
                "Accueillir 100 000 habitants", "Soutien aux émergences", "Animation sociale & culturelle");
        assertThat(first).extracting(w -> w.getString("status")).containsOnly("CLOSED");
        assertThat(second).extracting(w -> w.getString("status")).containsOnly("CLOSED", "ACTION_PLAN");
    }

    @Test
    void the_figures_of_the_sixteen_workshops_are_exactly_the_seeds() {
        String query = "api/figures?cycleId=" + id(cycle(FIRST_CYCLE)) + "&cycleId=" + id(cycle(SECOND_CYCLE));
        HttpResponse<String> response = api().get(query, DemoAccounts.DIRECTORATE_2);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject figures = JsonBodies.object(response.body());
        assertThat(figures.getInt("electedOfficials")).isEqualTo(48);
        assertThat(figures.getInt("deputyGeneralDirectors")).isEqualTo(8);
        assertThat(figures.getInt("directors")).isEqualTo(22);
        assertThat(figures.getInt("resourcePeople")).isEqualTo(56);
        assertThat(figures.getInt("cabinetAdvisers")).isEqualTo(10);
        assertThat(figures.getInt("externalExperts")).isEqualTo(39);
    }

    @Test
    void a_past_workshop_has_its_group_its_three_sequences_and_its_minutes_for_the_pole() {
        JsonObject elderly = workshops(cycle(FIRST_CYCLE), DemoAccounts.POLE).stream()
                .filter(w -> w.getString("title").equals("Atelier Personnes âgées")).findFirst().orElseThrow();
        String path = "api/workshops/" + id(elderly);
        List<JsonObject> participants = array(get(path + "/participants", DemoAccounts.POLE));
        assertThat(participants).hasSizeBetween(15, 30)
                .allSatisfy(p -> assertThat(acknowledged(p)).isTrue())
                .extracting(p -> p.getString("category"))
                .contains("PRESIDENT", "NEIGHBOURHOOD_ELECTED_OFFICIAL", "GENERAL_MANAGEMENT", "CABINET", "EXTERNAL_EXPERT");
        List<JsonObject> sessions = array(get(path + "/sessions", DemoAccounts.POLE));
        assertThat(sessions).extracting(s -> s.getString("sequence")).contains("EXPLORATORY", "RESOURCE", "SCENARIO");
        assertThat(sessions).allSatisfy(s -> assertThat(s.getString("date")).startsWith("2009-"));
        assertThat(sessions.get(0).getJsonArray("attendance")).hasSameSizeAs(participants);
        JsonObject minutes = JsonBodies.object(get(path + "/sessions/" + id(sessions.get(0)) + "/minutes", DemoAccounts.POLE));
        assertThat(minutes.getString("minutes")).contains("charte", "lutter contre l'isolement des personnes âgées");
    }

    @Test
    void this_years_workshop_is_open_to_its_members_and_the_pole() {
        JsonObject current = current();
        assertThat(current.getString("status")).isIn("EXPLORATORY", "RESOURCE");
        assertThat(current.getJsonNumber("presidentId").longValue()).isEqualTo(personOf(DemoAccounts.ELECTED));
        String path = "api/workshops/" + id(current);

        for (String insider : List.of(DemoAccounts.ELECTED, DemoAccounts.POLE, DemoAccounts.DIRECTORATE, DemoAccounts.PARTICIPANT)) {
            List<JsonObject> participants = array(get(path + "/participants", insider));
            assertThat(participants).hasSizeBetween(15, 30);
            List<JsonObject> sessions = array(get(path + "/sessions", insider));
            assertThat(sessions).hasSize(2);
            JsonObject held = sessions.get(0);
            assertThat(held.getJsonArray("attendance")).isNotEmpty();
            JsonObject minutes = JsonBodies.object(get(path + "/sessions/" + id(held) + "/minutes", insider));
            assertThat(minutes.getString("minutes")).contains("charte");
        }

        Map<Long, JsonObject> members = array(get(path + "/participants", DemoAccounts.ELECTED)).stream()
                .collect(Collectors.toMap(p -> p.getJsonNumber("personId").longValue(), p -> p));
        assertThat(members.get(personOf(DemoAccounts.ELECTED)).getString("category")).isEqualTo("PRESIDENT");
        assertThat(acknowledged(members.get(personOf(DemoAccounts.ELECTED)))).isTrue();
        assertThat(acknowledged(members.get(personOf(DemoAccounts.DIRECTORATE)))).isFalse();
        assertThat(members.get(personOf(DemoAccounts.POLE)).getString("category")).isEqualTo("POLE");
        assertThat(members.get(personOf(DemoAccounts.PARTICIPANT)).getString("category")).isEqualTo("EXTERNAL_EXPERT");
        assertThat(members).doesNotContainKeys(personOf(DemoAccounts.ELECTED_2), personOf(DemoAccounts.DIRECTORATE_2));

        List<JsonObject> sessions = array(get(path + "/sessions", DemoAccounts.POLE));
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        assertThat(LocalDate.parse(sessions.get(0).getString("date"))).isBefore(today);
        assertThat(LocalDate.parse(sessions.get(1).getString("date"))).isAfter(today);
        assertThat(sessions.get(1).getJsonArray("attendance")).isEmpty();
    }

    @Test
    void outsiders_list_this_years_workshop_but_are_refused_its_group_sessions_and_minutes() {
        JsonObject current = current();
        String path = "api/workshops/" + id(current);
        String sessionId = id(array(get(path + "/sessions", DemoAccounts.POLE)).get(0));
        for (String outsider : List.of(DemoAccounts.ELECTED_2, DemoAccounts.DIRECTORATE_2)) {
            assertThat(api().get(path, outsider).statusCode()).isEqualTo(200);
            assertThat(api().get(path + "/participants", outsider).statusCode()).isEqualTo(403);
            assertThat(api().get(path + "/sessions", outsider).statusCode()).isEqualTo(403);
            HttpResponse<String> minutes = api().get(path + "/sessions/" + sessionId + "/minutes", outsider);
            assertThat(minutes.statusCode()).isEqualTo(403);
            assertThat(minutes.body()).doesNotContain("charte", "Sophie Garnier");
        }
    }

    @Test
    void the_elderly_workshop_ranked_its_issues_adopted_its_document_after_two_amendments_and_planned_actions() {
        JsonObject elderly = workshops(cycle(FIRST_CYCLE), DemoAccounts.POLE).stream()
                .filter(w -> w.getString("title").equals("Atelier Personnes âgées")).findFirst().orElseThrow();
        String path = "api/workshops/" + id(elderly);

        List<JsonObject> issues = array(get(path + "/issues", DemoAccounts.ELECTED_2));
        assertThat(issues).hasSizeBetween(5, 10).allSatisfy(i -> assertThat(i.getInt("rank")).isPositive());
        assertThat(issues.get(0).getString("title")).isEqualTo("Lutter contre l'isolement des personnes âgées");
        assertThat(issues.get(0).getJsonArray("markers").getString(0)).isEqualTo("SOLIDARITY");
        assertThat(array(get(path + "/resources", DemoAccounts.ELECTED_2))).extracting(r -> r.getString("type"))
                .contains("BENCHMARK", "EXPERT_HEARING");

        JsonObject document = JsonBodies.object(get(path + "/document", DemoAccounts.POLE));
        assertThat(document.getInt("adoptedVersion")).isEqualTo(2);
        assertThat(document.getJsonArray("recommendations").getString(0))
                .isEqualTo("Expérimenter un dispositif de veille mobilisant les acteurs de terrain, dans chaque quartier et avec les habitants");
        List<JsonObject> amendments = JsonBodies.object(get(path + "/amendments", DemoAccounts.POLE))
                .getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(amendments).extracting(a -> a.getString("status")).containsExactly("ACCEPTED", "REJECTED");
        assertThat(JsonBodies.object(get(path + "/actions", DemoAccounts.POLE)).getJsonArray("items")).hasSize(2);
        assertThat(api().get(path + "/amendments", DemoAccounts.ELECTED_2).statusCode()).isEqualTo(403);

        List<JsonObject> recommendations = array(get(path + "/recommendations", DemoAccounts.ELECTED_2));
        assertThat(recommendations).hasSize(3);
        assertThat(recommendations.get(0).getJsonArray("markers").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString).contains("PROXIMITY", "CITIZEN_PARTICIPATION");
        assertThat(JsonBodies.object(get("api/markers/PROXIMITY/recommendations?size=500", DemoAccounts.ELECTED_2))
                .getJsonArray("items").getValuesAs(JsonObject.class))
                .anyMatch(r -> r.getString("recommendation").startsWith("Expérimenter un dispositif de veille"));
    }

    private JsonObject current() {
        return cycles().stream().flatMap(c -> workshops(c, DemoAccounts.ELECTED_2).stream())
                .filter(w -> w.getString("title").equals(CURRENT_TITLE)).findFirst().orElseThrow();
    }

    private JsonObject cycle(String name) {
        return cycles().stream().filter(c -> c.getString("name").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no cycle " + name));
    }

    private List<JsonObject> cycles() {
        return array(get("api/cycles", DemoAccounts.ELECTED_2));
    }

    private List<JsonObject> workshops(JsonObject cycle, String username) {
        JsonObject page = JsonBodies.object(get("api/workshops?size=500&cycleId=" + id(cycle), username));
        return page.getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private Map<Long, String> policies() {
        JsonObject page = JsonBodies.object(get("api/policies?size=500", DemoAccounts.POLE));
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(p -> p.getJsonNumber("id").longValue(), p -> p.getString("name")));
    }

    private long personOf(String username) {
        return JsonBodies.object(get("api/me", username)).getJsonNumber("personId").longValue();
    }

    private String get(String path, String username) {
        HttpResponse<String> response = api().get(path, username);
        assertThat(response.statusCode()).as("GET " + path + " as " + username).isEqualTo(200);
        return response.body();
    }

    /** JSON-B leaves a null out: an unacknowledged charter has no date at all. */
    private static boolean acknowledged(JsonObject participant) {
        return participant.containsKey("charterAcknowledgedAt") && !participant.isNull("charterAcknowledgedAt");
    }

    private static String id(JsonObject record) {
        return record.getJsonNumber("id").toString();
    }

    private static List<JsonObject> array(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            JsonArray array = reader.readArray();
            return array.getValuesAs(JsonObject.class);
        }
    }
}
