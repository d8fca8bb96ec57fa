package org.fabrique.web.it.prospective;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.fabrique.web.it.DemoAccounts;
import org.fabrique.web.it.DeployedFabrique;
import org.fabrique.web.it.JsonBodies;
import org.junit.jupiter.api.Test;

/**
 * The amendments through the API as api.md writes them: confidential to the members and the pôle (an
 * elected official or a director outside the group gets 403), proposed by members who acknowledged the
 * charter, decided by the president or the pôle, withdrawn by their author.
 */
class AmendmentApiIT extends DeployedFabrique {

    private ProspectiveApi prospective() {
        return new ProspectiveApi(api());
    }

    @Test
    void outsiders_get_403_on_amendments_and_versions_members_and_the_pole_read_them() {
        long id = prospective().workshopWithVersion();
        prospective().proposed(id);
        List<String> confidential = List.of("amendments", "versions", "versions/1", "document", "versions/diff?from=1&to=1");

        for (String path : confidential) {
            for (String outsider : List.of(DemoAccounts.ELECTED_2, DemoAccounts.DIRECTORATE_2)) {
                HttpResponse<String> refused = api().get("api/workshops/" + id + "/" + path, outsider);
                assertThat(refused.statusCode()).as(outsider + " on " + path).isEqualTo(403);
                assertThat(refused.body()).doesNotContain("guichet");
            }
            for (String insider : List.of(DemoAccounts.PARTICIPANT, DemoAccounts.DIRECTORATE, DemoAccounts.ELECTED, DemoAccounts.POLE)) {
                assertThat(api().get("api/workshops/" + id + "/" + path, insider).statusCode()).as(insider + " on " + path)
                        .isEqualTo(200);
            }
        }
    }

    @Test
    void a_member_proposes_an_amendment_read_with_its_author_chapter_and_status() {
        long id = prospective().workshopWithVersion();

        HttpResponse<String> response = prospective().propose(id, DemoAccounts.PARTICIPANT);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        String location = response.headers().firstValue("Location").orElseThrow();
        JsonObject created = JsonBodies.object(response.body());
        assertThat(location).endsWith("/api/workshops/" + id + "/amendments/" + created.getJsonNumber("id"));
        JsonObject listed = JsonBodies.object(api().get("api/workshops/" + id + "/amendments", DemoAccounts.ELECTED).body())
                .getJsonArray("items").getJsonObject(0);
        assertThat(listed.getJsonObject("author").getJsonNumber("personId").longValue())
                .isEqualTo(prospective().personOf(DemoAccounts.PARTICIPANT));
        assertThat(listed.getJsonObject("author").getString("displayName")).isNotBlank();
        assertThat(listed.getString("chapter")).isEqualTo("RECOMMENDATIONS");
        assertThat(listed.getString("status")).isEqualTo("PROPOSED");
        assertThat(listed.getString("passage")).isEqualTo("Un guichet unique en mairie");
        assertThat(listed.getString("proposedText")).isEqualTo("Un guichet unique dans chaque quartier");
        assertThat(listed.getString("rationale")).isEqualTo("La proximité d'abord");
        assertThat(listed.getInt("amendedVersion")).isEqualTo(1);
    }

    @Test
    void outsiders_may_not_propose_and_a_member_must_first_acknowledge_the_charter() {
        long id = prospective().workshopWithVersion();

        assertThat(prospective().propose(id, DemoAccounts.ELECTED_2).statusCode()).isEqualTo(403);
        assertThat(prospective().propose(id, DemoAccounts.DIRECTORATE_2).statusCode()).isEqualTo(403);
        assertThat(prospective().propose(id, DemoAccounts.POLE).statusCode()).as("the pôle reads but does not sit").isEqualTo(403);

        HttpResponse<String> beforeCharter = prospective().propose(id, DemoAccounts.DIRECTORATE);
        assertThat(beforeCharter.statusCode()).isEqualTo(409);
        assertThat(JsonBodies.object(beforeCharter.body()).getString("detail")).contains("acknowledge the workshop's charter");
        assertThat(api().post("api/workshops/" + id + "/charter", DemoAccounts.DIRECTORATE, ProspectiveApi.JSON, "")
                .statusCode()).isEqualTo(200);
        assertThat(prospective().propose(id, DemoAccounts.DIRECTORATE).statusCode()).isEqualTo(201);
    }

    @Test
    void a_bad_amendment_is_refused_with_its_fields_and_changes_nothing() {
        long id = prospective().workshopWithVersion();

        HttpResponse<String> response = api().post("api/workshops/" + id + "/amendments", DemoAccounts.PARTICIPANT,
                ProspectiveApi.JSON, "{\"passage\":\" \",\"proposedText\":\"\",\"rationale\":\"" + "x".repeat(2001) + "\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(JsonBodies.object(response.body()).getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field"))
                .containsExactlyInAnyOrder("chapter", "passage", "proposedText", "rationale");
        assertThat(JsonBodies.object(api().get("api/workshops/" + id + "/amendments", DemoAccounts.POLE).body())
                .getJsonNumber("total").longValue()).isZero();
    }

    @Test
    void the_president_decides_a_member_does_not_and_a_stale_version_is_refused() {
        long id = prospective().workshopWithVersion();
        JsonObject amendment = prospective().proposed(id);

        assertThat(prospective().decide(id, amendment, DemoAccounts.PARTICIPANT, "ACCEPTED").statusCode()).isEqualTo(403);
        HttpResponse<String> stale = api().post("api/workshops/" + id + "/amendments/" + amendment.getJsonNumber("id")
                + "/decision", DemoAccounts.ELECTED, ProspectiveApi.JSON, "{\"decision\":\"REJECTED\",\"version\":99}");
        assertThat(stale.statusCode()).isEqualTo(409);

        HttpResponse<String> modifiedWithoutText = prospective().decide(id, amendment, DemoAccounts.ELECTED, "ACCEPTED_AS_MODIFIED");
        assertThat(modifiedWithoutText.statusCode()).isEqualTo(409);
        HttpResponse<String> accepted = prospective().decide(id, amendment, DemoAccounts.ELECTED, "ACCEPTED");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        assertThat(JsonBodies.object(accepted.body()).getString("status")).isEqualTo("ACCEPTED");
        assertThat(prospective().decide(id, JsonBodies.object(accepted.body()), DemoAccounts.POLE, "REJECTED").statusCode())
                .isEqualTo(409);
    }

    @Test
    void only_its_author_withdraws_an_undecided_amendment() {
        long id = prospective().workshopWithVersion();
        JsonObject amendment = prospective().proposed(id);
        String path = "api/workshops/" + id + "/amendments/" + amendment.getJsonNumber("id") + "/withdrawal";
        String body = "{\"version\":" + amendment.getJsonNumber("version") + "}";

        assertThat(api().post(path, DemoAccounts.ELECTED, ProspectiveApi.JSON, body).statusCode()).as("a member, not its author")
                .isEqualTo(403);
        assertThat(api().post(path, DemoAccounts.ELECTED_2, ProspectiveApi.JSON, body).statusCode()).isEqualTo(403);
        HttpResponse<String> withdrawn = api().post(path, DemoAccounts.PARTICIPANT, ProspectiveApi.JSON, body);
        assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
        assertThat(JsonBodies.object(withdrawn.body()).getString("status")).isEqualTo("WITHDRAWN");
        assertThat(api().post(path, DemoAccounts.PARTICIPANT, ProspectiveApi.JSON, body).statusCode()).isEqualTo(409);
    }
}
