package org.fabrique.web.it.prospective;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.http.HttpResponse;
import org.fabrique.web.it.DemoAccounts;
import org.fabrique.web.it.DeployedFabrique;
import org.fabrique.web.it.JsonBodies;
import org.junit.jupiter.api.Test;

/**
 * A resource recorded with a slip is corrected, the issues it informs included, on the version read; one recorded by
 * mistake is deleted with its links, which frees the issues it informed. Only the pôle does either, only through the
 * resource's own workshop.
 */
class ResourceApiIT extends DeployedFabrique {

    private ProspectiveApi prospective() {
        return new ProspectiveApi(api());
    }

    private long exploratoryWorkshop() {
        JsonObject workshop = prospective().workshop(prospective().newCycle());
        HttpResponse<String> advanced = api().post("api/workshops/" + workshop.getJsonNumber("id") + "/progress",
                DemoAccounts.POLE, ProspectiveApi.JSON, "{\"version\":" + workshop.getJsonNumber("version") + "}");
        assertThat(advanced.statusCode()).as(advanced.body()).isEqualTo(200);
        return workshop.getJsonNumber("id").longValue();
    }

    private long issue(long workshop, String title) {
        HttpResponse<String> created = api().post("api/workshops/" + workshop + "/issues", DemoAccounts.POLE,
                ProspectiveApi.JSON, "{\"title\":\"" + title + "\",\"markers\":[]}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return JsonBodies.object(created.body()).getJsonNumber("id").longValue();
    }

    private static String resource(String title, long version, long... issueIds) {
        StringBuilder ids = new StringBuilder();
        for (long id : issueIds) {
            ids.append(ids.isEmpty() ? "" : ",").append(id);
        }
        return "{\"type\":\"BENCHMARK\",\"title\":\"" + title + "\",\"source\":\"Ville de Rennes\",\"issueIds\":[" + ids
                + "]" + (version < 0 ? "" : ",\"version\":" + version) + "}";
    }

    private JsonArray list(long workshop, String path, String account) {
        return JsonBodies.object("{\"l\":" + api().get("api/workshops/" + workshop + "/" + path, account).body() + "}")
                .getJsonArray("l");
    }

    private JsonObject issueRead(long workshop, long issue) {
        return list(workshop, "issues", DemoAccounts.POLE).getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getJsonNumber("id").longValue() == issue).findFirst().orElseThrow();
    }

    private static java.util.List<String> actions(JsonObject record) {
        return record.getJsonArray("actions").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private HttpResponse<String> delete(String path, String account) {
        return api().send(api().request(path, account).DELETE().build());
    }

    @Test
    void the_pole_corrects_a_resource_and_the_issues_it_informs_on_the_version_read() {
        long workshop = exploratoryWorkshop();
        long other = exploratoryWorkshop();
        long first = issue(workshop, "Vieillir chez soi");
        long second = issue(workshop, "Rompre l'isolement");
        long elsewhere = issue(other, "Ailleurs");
        HttpResponse<String> created = api().post("api/workshops/" + workshop + "/resources", DemoAccounts.POLE,
                ProspectiveApi.JSON, resource("Résidences intergénératonnelles", -1, first));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject added = JsonBodies.object(created.body());
        String path = "api/workshops/" + workshop + "/resources/" + added.getJsonNumber("id");
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(path));
        long version = added.getJsonNumber("version").longValue();
        assertThat(actions(added)).containsExactlyInAnyOrder("CORRECT", "DELETE");
        assertThat(actions(issueRead(workshop, first))).as("a resource informs it").containsExactly("CORRECT");

        HttpResponse<String> noVersion = prospective().put(path, DemoAccounts.POLE, resource("Résidences", -1, second));
        assertThat(noVersion.statusCode()).isEqualTo(400);
        assertThat(noVersion.body()).contains("\"field\":\"version\"");
        HttpResponse<String> foreignIssue = prospective().put(path, DemoAccounts.POLE, resource("Résidences", version, elsewhere));
        assertThat(foreignIssue.statusCode()).isEqualTo(400);
        assertThat(foreignIssue.body()).contains("\"field\":\"issueIds\"");
        assertThat(prospective().put(path, DemoAccounts.ELECTED, resource("Résidences", version, second)).statusCode())
                .isEqualTo(403);
        assertThat(prospective().put("api/workshops/" + other + "/resources/" + added.getJsonNumber("id"), DemoAccounts.POLE,
                resource("Résidences", version, second)).statusCode()).as("through another workshop").isEqualTo(404);
        assertThat(list(workshop, "resources", DemoAccounts.POLE).getJsonObject(0).getJsonNumber("version").longValue())
                .as("nothing refused changed it").isEqualTo(version);

        HttpResponse<String> corrected = prospective().put(path, DemoAccounts.POLE,
                resource("Résidences intergénérationnelles", version, second));
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
        JsonObject now = JsonBodies.object(corrected.body());
        assertThat(now.getString("title")).isEqualTo("Résidences intergénérationnelles");
        assertThat(now.getJsonArray("issueIds").getJsonNumber(0).longValue()).isEqualTo(second);
        assertThat(now.getJsonArray("issueIds")).hasSize(1);
        assertThat(now.getJsonNumber("version").longValue()).isGreaterThan(version);
        HttpResponse<String> stale = prospective().put(path, DemoAccounts.POLE, resource("Autre titre", version, first));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(list(workshop, "resources", DemoAccounts.PARTICIPANT).getJsonObject(0).getString("title"))
                .isEqualTo("Résidences intergénérationnelles");

        assertThat(actions(issueRead(workshop, first))).as("no resource informs it any more")
                .containsExactlyInAnyOrder("CORRECT", "DELETE");
        assertThat(actions(issueRead(workshop, second))).containsExactly("CORRECT");
        assertThat(actions(list(workshop, "resources", DemoAccounts.PARTICIPANT).getJsonObject(0))).isEmpty();
    }

    @Test
    void the_pole_deletes_a_resource_recorded_by_mistake_which_frees_its_issues() {
        long workshop = exploratoryWorkshop();
        long other = exploratoryWorkshop();
        long informed = issue(workshop, "Se loger");
        HttpResponse<String> created = api().post("api/workshops/" + workshop + "/resources", DemoAccounts.POLE,
                ProspectiveApi.JSON, resource("Fiche en double", -1, informed));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = JsonBodies.object(created.body()).getJsonNumber("id").toString();
        String path = "api/workshops/" + workshop + "/resources/" + id;
        assertThat(delete("api/workshops/" + workshop + "/issues/" + informed, DemoAccounts.POLE).statusCode())
                .as("a resource informs it").isEqualTo(409);

        assertThat(delete(path, DemoAccounts.DIRECTORATE).statusCode()).isEqualTo(403);
        assertThat(delete("api/workshops/" + other + "/resources/" + id, DemoAccounts.POLE).statusCode())
                .as("through another workshop").isEqualTo(404);
        assertThat(list(workshop, "resources", DemoAccounts.POLE)).hasSize(1);

        assertThat(delete(path, DemoAccounts.POLE).statusCode()).isEqualTo(204);
        assertThat(list(workshop, "resources", DemoAccounts.POLE)).isEmpty();
        assertThat(delete(path, DemoAccounts.POLE).statusCode()).as("already gone").isEqualTo(404);
        assertThat(delete("api/workshops/" + workshop + "/issues/" + informed, DemoAccounts.POLE).statusCode())
                .as("nothing informs it any more").isEqualTo(204);
    }
}
