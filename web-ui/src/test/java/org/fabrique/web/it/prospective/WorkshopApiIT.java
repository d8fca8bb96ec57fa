package org.fabrique.web.it.prospective;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.fabrique.web.it.DemoAccounts;
import org.fabrique.web.it.DeployedFabrique;
import org.fabrique.web.it.JsonBodies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The prospective workshops through the API: anyone knows a workshop exists; its closed group, sessions,
 * attendance and minutes are for its members and the pôle only — an elected official or a director
 * outside the group gets 403, as api.md says.
 */
class WorkshopApiIT extends DeployedFabrique {

    private ProspectiveApi prospective() {
        return new ProspectiveApi(api());
    }

    private long workshopWithMinutes() {
        long workshop = prospective().workshop(prospective().newCycle()).getJsonNumber("id").longValue();
        JsonObject session = prospective().convene(workshop, "EXPLORATORY", "2040-02-03");
        HttpResponse<String> minutes = prospective().put("api/workshops/" + workshop + "/sessions/" + session.getJsonNumber("id")
                + "/minutes", DemoAccounts.POLE, "{\"minutes\":\"Le groupe retient sept enjeux.\",\"version\":"
                + session.getJsonNumber("version") + "}");
        assertThat(minutes.statusCode()).as(minutes.body()).isEqualTo(200);
        return workshop;
    }

    @Test
    void any_account_lists_the_workshops_of_a_cycle() {
        long cycle = prospective().newCycle();
        long workshop = prospective().workshop(cycle).getJsonNumber("id").longValue();

        JsonObject list = JsonBodies.object(api().get("api/workshops?cycleId=" + cycle, DemoAccounts.DIRECTORATE_2).body());
        assertThat(list.getJsonNumber("total").longValue()).isEqualTo(1);
        JsonObject item = list.getJsonArray("items").getJsonObject(0);
        assertThat(item.getJsonNumber("id").longValue()).isEqualTo(workshop);
        assertThat(item.getString("title")).isEqualTo("Atelier d'essai");
        assertThat(item.getJsonNumber("cycleId").longValue()).isEqualTo(cycle);
        assertThat(item.getString("status")).isEqualTo("PREPARATION");
        assertThat(item.getJsonNumber("presidentId").longValue()).isEqualTo(prospective().personOf(DemoAccounts.ELECTED));
        assertThat(api().get("api/workshops", null).statusCode()).isEqualTo(401);
        assertThat(api().get("api/workshops?cycleId=abc", DemoAccounts.POLE).statusCode()).isEqualTo(400);
        assertThat(JsonBodies.object("{\"c\":" + api().get("api/cycles", DemoAccounts.PARTICIPANT).body() + "}")
                .getJsonArray("c").getValuesAs(JsonObject.class))
                .anyMatch(c -> c.getJsonNumber("id").longValue() == cycle && c.getString("start").equals("2040-01-01"));
    }

    @ParameterizedTest
    @ValueSource(strings = {DemoAccounts.ELECTED_2, DemoAccounts.DIRECTORATE_2, DemoAccounts.PARTICIPANT})
    void someone_outside_the_group_gets_403_on_its_confidential_material(String outsider) {
        long workshop = workshopWithMinutes();
        long session = JsonBodies.object("{\"s\":" + api().get("api/workshops/" + workshop + "/sessions", DemoAccounts.POLE).body() + "}")
                .getJsonArray("s").getJsonObject(0).getJsonNumber("id").longValue();

        for (String path : new String[] {"/participants", "/sessions", "/sessions/" + session + "/minutes", "/attendance"}) {
            HttpResponse<String> refused = api().get("api/workshops/" + workshop + path, outsider);
            assertThat(refused.statusCode()).as(outsider + " on " + path).isEqualTo(403);
            assertThat(refused.body()).doesNotContain("sept enjeux");
        }
        assertThat(api().get("api/workshops/" + workshop, outsider).statusCode()).as("its existence is not confidential").isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {DemoAccounts.ELECTED, DemoAccounts.DIRECTORATE, DemoAccounts.POLE})
    void members_and_the_pole_read_the_group_the_sessions_and_the_minutes(String insider) {
        long workshop = workshopWithMinutes();

        JsonArray participants = JsonBodies.object("{\"p\":" + api().get("api/workshops/" + workshop + "/participants", insider).body() + "}")
                .getJsonArray("p");
        assertThat(participants.getValuesAs(JsonObject.class)).extracting(p -> p.getString("category"))
                .containsExactly("PRESIDENT", "DIRECTORATE_RESOURCE");
        assertThat(participants.getJsonObject(0).getString("displayName")).isEqualTo("Sophie Garnier");
        JsonObject session = JsonBodies.object("{\"s\":" + api().get("api/workshops/" + workshop + "/sessions", insider).body() + "}")
                .getJsonArray("s").getJsonObject(0);
        assertThat(session.getString("sequence")).isEqualTo("EXPLORATORY");
        assertThat(session.getString("date")).isEqualTo("2040-02-03");
        assertThat(session.containsKey("attendance")).isTrue();
        HttpResponse<String> minutes = api().get("api/workshops/" + workshop + "/sessions/" + session.getJsonNumber("id") + "/minutes", insider);
        assertThat(minutes.statusCode()).isEqualTo(200);
        assertThat(JsonBodies.object(minutes.body()).getString("minutes")).isEqualTo("Le groupe retient sept enjeux.");
    }

    @Test
    void a_member_acknowledges_the_charter_and_an_outsider_cannot() {
        long workshop = prospective().workshop(prospective().newCycle()).getJsonNumber("id").longValue();

        assertThat(api().post("api/workshops/" + workshop + "/charter", DemoAccounts.ELECTED_2, ProspectiveApi.JSON, "").statusCode())
                .isEqualTo(403);
        assertThat(api().post("api/workshops/" + workshop + "/charter", DemoAccounts.DIRECTORATE, ProspectiveApi.JSON, "").statusCode())
                .isEqualTo(200);

        JsonArray participants = JsonBodies.object("{\"p\":" + api().get("api/workshops/" + workshop + "/participants",
                DemoAccounts.POLE).body() + "}").getJsonArray("p");
        assertThat(participants.getJsonObject(1).containsKey("charterAcknowledgedAt")).isTrue();
        assertThat(participants.getJsonObject(0).containsKey("charterAcknowledgedAt")).as("the president has not yet").isFalse();
    }

    @Test
    void the_register_takes_members_only_and_the_rates_follow() {
        long workshop = prospective().workshop(prospective().newCycle()).getJsonNumber("id").longValue();
        JsonObject session = prospective().convene(workshop, "EXPLORATORY", "2040-02-03");
        String path = "api/workshops/" + workshop + "/sessions/" + session.getJsonNumber("id") + "/attendance";
        long president = prospective().personOf(DemoAccounts.ELECTED);
        long director = prospective().personOf(DemoAccounts.DIRECTORATE);
        long outsider = prospective().personOf(DemoAccounts.DIRECTORATE_2);

        HttpResponse<String> stranger = prospective().put(path, DemoAccounts.POLE, "{\"attendance\":[{\"personId\":" + outsider
                + ",\"presence\":\"PRESENT\"}],\"version\":" + session.getJsonNumber("version") + "}");
        assertThat(stranger.statusCode()).isEqualTo(409);
        String register = "{\"attendance\":[{\"personId\":" + president + ",\"presence\":\"PRESENT\"},{\"personId\":" + director
                + ",\"presence\":\"EXCUSED\"}],\"version\":" + session.getJsonNumber("version") + "}";
        assertThat(prospective().put(path, DemoAccounts.DIRECTORATE, register).statusCode()).isEqualTo(403);
        assertThat(prospective().put(path, DemoAccounts.POLE, register).statusCode()).isEqualTo(200);
        assertThat(prospective().put(path, DemoAccounts.POLE, register).statusCode()).as("stale version").isEqualTo(409);

        JsonArray rates = JsonBodies.object("{\"r\":" + api().get("api/workshops/" + workshop + "/attendance", DemoAccounts.ELECTED).body()
                + "}").getJsonArray("r");
        assertThat(rates.getJsonObject(0).getJsonNumber("rate").doubleValue()).isEqualTo(1.0);
        assertThat(rates.getJsonObject(1).getInt("excused")).isEqualTo(1);
        assertThat(rates.getJsonObject(1).getJsonNumber("rate").doubleValue()).isZero();
    }

    @Test
    void the_pole_alone_opens_and_seats_with_clear_refusals() {
        long cycle = prospective().newCycle();
        JsonObject workshop = prospective().workshop(cycle);
        long id = workshop.getJsonNumber("id").longValue();
        long version = workshop.getJsonNumber("version").longValue();

        String valid = "{\"cycleId\":" + cycle + ",\"title\":\"Intrus\",\"kind\":\"MAJOR_ISSUE\",\"scale\":\"CITY\","
                + "\"presidentPersonId\":" + prospective().personOf(DemoAccounts.ELECTED) + "}";
        assertThat(api().post("api/workshops", DemoAccounts.ELECTED, ProspectiveApi.JSON, valid).statusCode()).isEqualTo(403);
        HttpResponse<String> noPolicy = api().post("api/workshops", DemoAccounts.POLE, ProspectiveApi.JSON,
                valid.replace("MAJOR_ISSUE", "PUBLIC_POLICY"));
        assertThat(noPolicy.statusCode()).isEqualTo(400);
        assertThat(noPolicy.body()).contains("\"field\":\"policyId\"");
        HttpResponse<String> invalid = api().post("api/workshops", DemoAccounts.POLE, ProspectiveApi.JSON, "{\"cycleId\":" + cycle + "}");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.body()).contains("\"field\":\"title\"", "\"field\":\"kind\"", "\"field\":\"presidentPersonId\"");
        HttpResponse<String> twice = prospective().seat(id, prospective().personOf(DemoAccounts.DIRECTORATE), "CABINET", version);
        assertThat(twice.statusCode()).isEqualTo(409);
        assertThat(JsonBodies.object(twice.body()).getString("detail")).isEqualTo("This person is already in the group.");
        assertThat(prospective().seat(id, prospective().personOf(DemoAccounts.PARTICIPANT), "EXTERNAL_EXPERT", version - 1).statusCode())
                .as("stale version").isEqualTo(409);
        assertThat(prospective().seat(id, 999999, "EXTERNAL_EXPERT", version).statusCode()).isEqualTo(400);
    }

    @Test
    void each_workshop_says_what_the_caller_may_do_on_it_now() {
        long id = prospective().workshop(prospective().newCycle()).getJsonNumber("id").longValue();

        assertThat(actions(JsonBodies.object(api().get("api/workshops/" + id, DemoAccounts.POLE).body())))
                .containsExactlyInAnyOrder("STEER", "SEAT", "ADVANCE", "RECORD_ISSUES", "ADD_RESOURCES", "CONVENE_SESSIONS",
                        "KEEP_REGISTERS", "MARK_RECOMMENDATIONS");
        assertThat(actions(JsonBodies.object(api().get("api/workshops/" + id, DemoAccounts.ELECTED).body())))
                .as("its president follows it, the pôle organises it").isEmpty();
        assertThat(actions(JsonBodies.object(api().get("api/workshops/" + id, DemoAccounts.DIRECTORATE_2).body()))).isEmpty();
        JsonObject closed = JsonBodies.object(api().get("api/workshops?status=CLOSED&size=1", DemoAccounts.POLE).body())
                .getJsonArray("items").getJsonObject(0);
        assertThat(actions(closed)).as("a closed workshop seats nobody and goes no further")
                .containsExactlyInAnyOrder("STEER", "RECORD_ISSUES", "ADD_RESOURCES", "CONVENE_SESSIONS", "KEEP_REGISTERS",
                        "MARK_RECOMMENDATIONS");
    }

    private static java.util.List<String> actions(JsonObject workshop) {
        return workshop.getJsonArray("actions").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
    }

    @Test
    void the_figures_count_distinct_people_by_category_over_the_chosen_cycles() {
        long cycle = prospective().newCycle();
        long first = prospective().workshop(cycle).getJsonNumber("id").longValue();
        prospective().workshop(cycle);

        JsonObject figures = JsonBodies.object(api().get("api/figures?cycleId=" + cycle, DemoAccounts.DIRECTORATE_2).body());
        assertThat(figures.getInt("electedOfficials")).as("the same president in two workshops counts once").isEqualTo(1);
        assertThat(figures.getInt("directors")).isEqualTo(1);
        assertThat(figures.getInt("deputyGeneralDirectors")).isZero();
        assertThat(figures.getInt("externalExperts")).isZero();
        assertThat(first).isPositive();
        assertThat(api().get("api/figures?cycleId=0", DemoAccounts.POLE).statusCode()).isEqualTo(400);
    }
}
