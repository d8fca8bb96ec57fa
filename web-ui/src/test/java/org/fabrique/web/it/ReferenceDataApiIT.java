package org.fabrique.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Directorates, policies and neighbourhoods: everyone reads them, only the pôle adds, names are unique. */
class ReferenceDataApiIT extends DeployedFabrique {

    private static final String JSON = "application/json";

    @Test
    void the_pole_adds_a_directorate_that_everyone_then_reads() {
        long before = JsonBodies.object(api().get("api/directorates", DemoAccounts.ELECTED).body()).getJsonNumber("total").longValue();

        HttpResponse<String> created = api().post("api/directorates", DemoAccounts.POLE, JSON, "{\"name\":\"Direction du numérique\"}");

        assertThat(created.statusCode()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches(".*/api/directorates/\\d+");
        JsonObject directorate = JsonBodies.object(created.body());
        assertThat(directorate.getString("name")).isEqualTo("Direction du numérique");
        HttpResponse<String> read = api().get(location.substring(location.indexOf("api/")), DemoAccounts.PARTICIPANT);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(JsonBodies.object(read.body()).getString("name")).isEqualTo("Direction du numérique");
        assertThat(JsonBodies.object(api().get("api/directorates", DemoAccounts.ELECTED).body()).getJsonNumber("total").longValue())
                .isEqualTo(before + 1);
    }

    @Test
    void a_name_already_used_whatever_its_case_is_refused_on_its_field() {
        HttpResponse<String> response = api().post("api/policies", DemoAccounts.POLE, JSON, "{\"name\":\"  CULTURE \"}");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonObject error = JsonBodies.object(response.body()).getJsonArray("errors").getJsonObject(0);
        assertThat(error.getString("field")).isEqualTo("name");
        assertThat(error.getString("message")).isEqualTo("This name already exists.");
    }

    @Test
    void a_blank_name_is_refused_and_french_is_answered_when_asked() {
        HttpResponse<String> response = api().send(api().request("api/neighbourhoods", DemoAccounts.POLE)
                .header("Content-Type", JSON).header("Accept-Language", "fr-FR,fr;q=0.9")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"name\":\"  \"}")).build());

        assertThat(response.statusCode()).isEqualTo(400);
        JsonObject error = JsonBodies.object(response.body()).getJsonArray("errors").getJsonObject(0);
        assertThat(error.getString("field")).isEqualTo("name");
        assertThat(error.getString("message")).isEqualTo("Le nom est obligatoire.");
    }

    @ParameterizedTest
    @ValueSource(strings = {DemoAccounts.DIRECTORATE, DemoAccounts.ELECTED, DemoAccounts.PARTICIPANT})
    void other_roles_may_not_add(String username) {
        HttpResponse<String> response = api().post("api/neighbourhoods", username, JSON, "{\"name\":\"Quartier " + username + "\"}");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(api().get("api/neighbourhoods?size=500", DemoAccounts.POLE).body()).doesNotContain("Quartier " + username);
    }

    @Test
    void neighbourhoods_are_listed_like_the_other_reference_data() {
        JsonObject page = JsonBodies.object(api().get("api/neighbourhoods?size=500", DemoAccounts.PARTICIPANT).body());

        assertThat(page.getJsonNumber("total").longValue()).isGreaterThanOrEqualTo(11);
        assertThat(page.getJsonArray("items").getValuesAs(JsonObject.class)).extracting(n -> n.getString("name"))
                .contains("Centre-ville", "Île de Nantes", "Nantes Nord", "Malakoff – Saint-Donatien");
    }

    @Test
    void an_unknown_record_is_404() {
        assertThat(api().get("api/policies/999999", DemoAccounts.POLE).statusCode()).isEqualTo(404);
    }
}
