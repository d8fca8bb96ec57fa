package org.fabrique.web.it.prospective;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.fabrique.web.it.Api;
import org.fabrique.web.it.DemoAccounts;
import org.fabrique.web.it.DeployedFabrique;
import org.fabrique.web.it.JsonBodies;
import org.junit.jupiter.api.Test;

/** The pôle reads markers in a workshop's adopted recommendations; anyone reads them across workshops by marker. */
class RecommendationMarkerApiIT extends DeployedFabrique {

    private long adoptedWorkshop() {
        ProspectiveApi prospective = new ProspectiveApi(api());
        long id = prospective.workshopWithVersion();
        long version = JsonBodies.object(api().get("api/workshops/" + id + "/document", DemoAccounts.POLE).body())
                .getJsonNumber("version").longValue();
        HttpResponse<String> adopted = api().post("api/workshops/" + id + "/document/adoption", DemoAccounts.ELECTED,
                ProspectiveApi.JSON, "{\"version\":" + version + "}");
        assertThat(adopted.statusCode()).as(adopted.body()).isEqualTo(200);
        return id;
    }

    private List<JsonObject> recommendations(long workshop, String username) {
        return JsonBodies.object("{\"r\":" + api().get("api/workshops/" + workshop + "/recommendations", username).body() + "}")
                .getJsonArray("r").getValuesAs(JsonObject.class);
    }

    @Test
    void the_pole_reads_markers_in_an_adopted_recommendation_and_anyone_finds_it_by_marker() {
        long workshop = adoptedWorkshop();
        List<JsonObject> before = recommendations(workshop, DemoAccounts.DIRECTORATE_2);
        assertThat(before).extracting(r -> r.getString("recommendation"))
                .containsExactly("Un guichet unique en mairie", "Des visites de convivialité");
        assertThat(before.get(0).getJsonArray("markers")).isEmpty();
        assertThat(before.get(1).getJsonNumber("version").longValue()).as("never read yet").isZero();
        String tag = "{\"recommendation\":\"Des visites de convivialité\",\"markers\":[\"SOCIAL_TIES\",\"PROXIMITY\"],"
                + "\"tension\":\"Bénévolat et professionnalisation\"}";
        String path = "api/workshops/" + workshop + "/recommendations/markers";

        assertThat(new ProspectiveApi(api()).put(path, DemoAccounts.ELECTED, Api.withVersion(tag, 0)).statusCode()).isEqualTo(403);
        HttpResponse<String> unversioned = new ProspectiveApi(api()).put(path, DemoAccounts.POLE, tag);
        assertThat(unversioned.statusCode()).as(unversioned.body()).isEqualTo(400);
        assertThat(unversioned.body()).contains("\"field\":\"version\"");
        HttpResponse<String> tagged = new ProspectiveApi(api()).put(path, DemoAccounts.POLE, Api.withVersion(tag, 0));
        assertThat(tagged.statusCode()).as(tagged.body()).isEqualTo(200);
        assertThat(JsonBodies.object(tagged.body()).getJsonNumber("version").longValue()).isPositive();

        HttpResponse<String> stale = new ProspectiveApi(api()).put(path, DemoAccounts.POLE,
                Api.withVersion(tag.replace("Bénévolat", "Gratuité"), 0));
        assertThat(stale.statusCode()).as("a second reading on the version read before the first: " + stale.body()).isEqualTo(409);
        assertThat(recommendations(workshop, DemoAccounts.PARTICIPANT).get(1).getString("tension"))
                .isEqualTo("Bénévolat et professionnalisation");
        assertThat(JsonBodies.object(api().get("api/markers/SOCIAL_TIES/recommendations?size=500", DemoAccounts.DIRECTORATE_2).body())
                .getJsonArray("items").getValuesAs(JsonObject.class))
                .anyMatch(r -> r.getJsonNumber("workshopId").longValue() == workshop
                        && r.getString("recommendation").equals("Des visites de convivialité"));
    }

    @Test
    void a_text_that_is_not_an_adopted_recommendation_is_refused() {
        long workshop = adoptedWorkshop();
        HttpResponse<String> refused = new ProspectiveApi(api()).put("api/workshops/" + workshop + "/recommendations/markers",
                DemoAccounts.POLE, "{\"recommendation\":\"Une idée jamais adoptée\",\"markers\":[\"SOLIDARITY\"]}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("\"field\":\"recommendation\"");
        assertThat(recommendations(workshop, DemoAccounts.POLE)).allSatisfy(r -> assertThat(r.getJsonArray("markers")).isEmpty());
    }
}
