package org.fabrique.web.it.prospective;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fabrique.web.it.DemoAccounts;
import org.fabrique.web.it.DeployedFabrique;
import org.fabrique.web.it.JsonBodies;
import org.junit.jupiter.api.Test;

/**
 * Issues, resources and the cross-reading through the API: the group fixes issues and ranks 5 to 10 of
 * them before the exploratory sequence closes; resources inform issues; every workshop reads by marker.
 */
class IssueApiIT extends DeployedFabrique {

    private ProspectiveApi prospective() {
        return new ProspectiveApi(api());
    }

    private JsonObject exploratoryWorkshop() {
        JsonObject workshop = prospective().workshop(prospective().newCycle());
        HttpResponse<String> advanced = api().post("api/workshops/" + workshop.getJsonNumber("id") + "/progress",
                DemoAccounts.POLE, ProspectiveApi.JSON, "{\"version\":" + workshop.getJsonNumber("version") + "}");
        assertThat(advanced.statusCode()).as(advanced.body()).isEqualTo(200);
        JsonObject exploratory = JsonBodies.object(advanced.body());
        assertThat(exploratory.getString("status")).isEqualTo("EXPLORATORY");
        return exploratory;
    }

    private long issue(long workshop, String title, String markers) {
        HttpResponse<String> created = api().post("api/workshops/" + workshop + "/issues", DemoAccounts.POLE, ProspectiveApi.JSON,
                "{\"title\":\"" + title + "\",\"markers\":[" + markers + "],\"tension\":\"Attractivité et solidarité\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return JsonBodies.object(created.body()).getJsonNumber("id").longValue();
    }

    /** Ranks these issues in this order, on the versions read just before. */
    private HttpResponse<String> rank(long workshop, List<Long> issues) {
        Map<Long, Long> versions = prospective().issueVersions(workshop);
        StringBuilder body = new StringBuilder("{\"ranks\":[");
        for (int i = 0; i < issues.size(); i++) {
            body.append(i == 0 ? "" : ",").append("{\"issueId\":").append(issues.get(i)).append(",\"rank\":").append(i + 1)
                    .append(",\"version\":").append(versions.getOrDefault(issues.get(i), 0L)).append('}');
        }
        return prospective().put("api/workshops/" + workshop + "/issues/ranking", DemoAccounts.POLE, body.append("]}").toString());
    }

    private HttpResponse<String> advance(long workshop) {
        long version = JsonBodies.object(api().get("api/workshops/" + workshop, DemoAccounts.POLE).body()).getJsonNumber("version").longValue();
        return api().post("api/workshops/" + workshop + "/progress", DemoAccounts.POLE, ProspectiveApi.JSON, "{\"version\":" + version + "}");
    }

    @Test
    void the_exploratory_sequence_closes_only_with_five_to_ten_ranked_issues() {
        long workshop = exploratoryWorkshop().getJsonNumber("id").longValue();
        List<Long> issues = new ArrayList<>();
        for (int i = 1; i <= 11; i++) {
            issues.add(issue(workshop, "Enjeu " + i, "\"SOLIDARITY\""));
        }

        assertThat(rank(workshop, issues.subList(0, 4)).statusCode()).isEqualTo(200);
        HttpResponse<String> tooFew = advance(workshop);
        assertThat(tooFew.statusCode()).isEqualTo(409);
        assertThat(JsonBodies.object(tooFew.body()).getString("detail"))
                .isEqualTo("The group fixes and ranks 5 to 10 issues before closing the exploratory sequence.");
        assertThat(rank(workshop, issues).statusCode()).isEqualTo(200);
        assertThat(advance(workshop).statusCode()).as("eleven ranked").isEqualTo(409);

        JsonArray ranked = JsonBodies.object("{\"i\":" + rank(workshop, issues.subList(0, 7)).body() + "}").getJsonArray("i");
        assertThat(ranked.getJsonObject(0).getInt("rank")).isEqualTo(1);
        assertThat(ranked.getJsonObject(6).getInt("rank")).isEqualTo(7);
        assertThat(ranked.getJsonObject(7).containsKey("rank")).as("unranked ones come last, without a rank").isFalse();
        HttpResponse<String> closed = advance(workshop);
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
        assertThat(JsonBodies.object(closed.body()).getString("status")).isEqualTo("RESOURCE");
    }

    @Test
    void a_ranking_with_a_rank_twice_or_another_workshops_issue_is_refused_and_changes_nothing() {
        long workshop = exploratoryWorkshop().getJsonNumber("id").longValue();
        long first = issue(workshop, "Vieillir chez soi", "\"PROXIMITY\"");
        long second = issue(workshop, "Rompre l'isolement", "\"SOCIAL_TIES\"");
        long elsewhere = issue(exploratoryWorkshop().getJsonNumber("id").longValue(), "Ailleurs", "");

        HttpResponse<String> twice = prospective().put("api/workshops/" + workshop + "/issues/ranking", DemoAccounts.POLE,
                "{\"ranks\":[{\"issueId\":" + first + ",\"rank\":1},{\"issueId\":" + second + ",\"rank\":1}]}");
        assertThat(twice.statusCode()).isEqualTo(400);
        assertThat(twice.body()).contains("\"field\":\"ranks\"");
        assertThat(rank(workshop, List.of(first, elsewhere)).statusCode()).isEqualTo(400);
        assertThat(api().get("api/workshops/" + workshop + "/issues", DemoAccounts.ELECTED_2).body()).doesNotContain("\"rank\"");
        assertThat(rank(workshop, List.of(first)).statusCode()).isEqualTo(200);
        assertThat(prospective().put("api/workshops/" + workshop + "/issues/ranking", DemoAccounts.DIRECTORATE,
                "{\"ranks\":[]}").statusCode()).isEqualTo(403);
    }

    @Test
    void a_benchmark_informs_issues_of_its_own_workshop_only() {
        long workshop = exploratoryWorkshop().getJsonNumber("id").longValue();
        long issue = issue(workshop, "Vieillir chez soi", "\"PROXIMITY\"");
        long elsewhere = issue(exploratoryWorkshop().getJsonNumber("id").longValue(), "Ailleurs", "");
        String benchmark = "{\"type\":\"BENCHMARK\",\"title\":\"Résidences intergénérationnelles\",\"source\":\"Ville de Rennes\","
                + "\"content\":\"Des étudiants logés chez des aînés\",\"lesson\":\"Un accompagnement par une association\","
                + "\"date\":\"2040-03-10\",\"issueIds\":[" + issue + "]}";

        HttpResponse<String> created = api().post("api/workshops/" + workshop + "/resources", DemoAccounts.POLE, ProspectiveApi.JSON, benchmark);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(api().post("api/workshops/" + workshop + "/resources", DemoAccounts.POLE, ProspectiveApi.JSON,
                benchmark.replace("[" + issue + "]", "[" + elsewhere + "]")).statusCode()).isEqualTo(400);
        assertThat(api().post("api/workshops/" + workshop + "/resources", DemoAccounts.ELECTED, ProspectiveApi.JSON, benchmark)
                .statusCode()).isEqualTo(403);

        JsonObject read = JsonBodies.object("{\"r\":" + api().get("api/workshops/" + workshop + "/resources", DemoAccounts.PARTICIPANT)
                .body() + "}").getJsonArray("r").getJsonObject(0);
        assertThat(read.getString("type")).isEqualTo("BENCHMARK");
        assertThat(read.getString("source")).isEqualTo("Ville de Rennes");
        assertThat(read.getJsonArray("issueIds").getJsonNumber(0).longValue()).isEqualTo(issue);
    }

    @Test
    void the_pole_deletes_an_issue_recorded_by_mistake_while_nothing_depends_on_it() {
        long workshop = exploratoryWorkshop().getJsonNumber("id").longValue();
        long other = exploratoryWorkshop().getJsonNumber("id").longValue();
        long mistaken = issue(workshop, "Enjeu en double", "");
        long ranked = issue(workshop, "Se loger", "\"PROXIMITY\"");
        long informed = issue(workshop, "Vieillir chez soi", "");
        assertThat(rank(workshop, List.of(ranked)).statusCode()).isEqualTo(200);
        assertThat(api().post("api/workshops/" + workshop + "/resources", DemoAccounts.POLE, ProspectiveApi.JSON,
                "{\"type\":\"DIAGNOSTIC\",\"title\":\"Diagnostic\",\"issueIds\":[" + informed + "]}").statusCode())
                .isEqualTo(201);
        String path = "api/workshops/" + workshop + "/issues/";

        assertThat(api().send(api().request(path + mistaken, DemoAccounts.ELECTED).DELETE().build()).statusCode())
                .isEqualTo(403);
        assertThat(api().send(api().request("api/workshops/" + other + "/issues/" + mistaken, DemoAccounts.POLE)
                .DELETE().build()).statusCode()).as("through another workshop").isEqualTo(404);
        assertThat(prospective().put("api/workshops/" + other + "/issues/" + mistaken, DemoAccounts.POLE,
                "{\"title\":\"Détourné\",\"version\":0}").statusCode()).as("revised through another workshop")
                .isEqualTo(404);
        HttpResponse<String> rankedOne = api().send(api().request(path + ranked, DemoAccounts.POLE).DELETE().build());
        assertThat(rankedOne.statusCode()).isEqualTo(409);
        assertThat(rankedOne.body()).contains("in the group's ranking");
        HttpResponse<String> informedOne = api().send(api().request(path + informed, DemoAccounts.POLE).DELETE().build());
        assertThat(informedOne.statusCode()).isEqualTo(409);
        assertThat(informedOne.body()).contains("Resources are linked to this issue");

        assertThat(api().send(api().request(path + mistaken, DemoAccounts.POLE).DELETE().build()).statusCode())
                .isEqualTo(204);
        String left = api().get("api/workshops/" + workshop + "/issues", DemoAccounts.POLE).body();
        assertThat(left).doesNotContain("Enjeu en double").contains("Se loger", "Vieillir chez soi");
    }

    @Test
    void the_cross_reading_lists_every_workshops_issues_by_marker() {
        long one = exploratoryWorkshop().getJsonNumber("id").longValue();
        long other = exploratoryWorkshop().getJsonNumber("id").longValue();
        long before = JsonBodies.object(api().get("api/markers", DemoAccounts.ELECTED).body()).getJsonNumber("CITIZEN_PARTICIPATION").longValue();
        issue(one, "Associer les habitants", "\"CITIZEN_PARTICIPATION\",\"PROXIMITY\"");
        issue(other, "Ouvrir les ateliers", "\"CITIZEN_PARTICIPATION\"");

        assertThat(JsonBodies.object(api().get("api/markers", DemoAccounts.ELECTED).body()).getJsonNumber("CITIZEN_PARTICIPATION")
                .longValue()).isEqualTo(before + 2);
        JsonObject page = JsonBodies.object(api().get("api/markers/CITIZEN_PARTICIPATION/issues?size=500", DemoAccounts.DIRECTORATE_2).body());
        assertThat(page.getJsonArray("items").getValuesAs(JsonObject.class))
                .filteredOn(i -> i.getJsonNumber("workshopId").longValue() == one || i.getJsonNumber("workshopId").longValue() == other)
                .extracting(i -> i.getString("title")).containsExactlyInAnyOrder("Associer les habitants", "Ouvrir les ateliers");
        assertThat(api().get("api/markers/NOTHING/issues", DemoAccounts.POLE).statusCode()).isEqualTo(404);
    }
}
