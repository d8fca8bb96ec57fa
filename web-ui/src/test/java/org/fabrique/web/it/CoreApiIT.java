package org.fabrique.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The core endpoints of api.md, called as another system would: 200, 401, 403, 404 and problem+json. */
class CoreApiIT extends DeployedFabrique {

    @Test
    void me_describes_the_caller() {
        HttpResponse<String> response = api().get("api/me", DemoAccounts.DIRECTORATE);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonObject me = JsonBodies.object(response.body());
        assertThat(me.getString("username")).isEqualTo("direction");
        assertThat(me.getString("role")).isEqualTo("DIRECTORATE");
        assertThat(me.getString("displayName")).isNotBlank();
        assertThat(me.getJsonNumber("personId").longValue()).isPositive();
        assertThat(me.getJsonNumber("directorateId").longValue()).isPositive();
    }

    @Test
    void me_of_a_role_without_directorate_has_no_directorate() {
        JsonObject me = JsonBodies.object(api().get("api/me", DemoAccounts.ELECTED).body());

        assertThat(me.getString("role")).isEqualTo("ELECTED");
        assertThat(me.containsKey("directorateId") && !me.isNull("directorateId")).isFalse();
    }

    @Test
    void no_credentials_get_401_with_a_challenge_and_a_problem() {
        HttpResponse<String> response = api().get("api/me", null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json;charset=UTF-8");
        assertThat(JsonBodies.object(response.body()).getInt("status")).isEqualTo(401);
    }

    @Test
    void a_wrong_password_gets_401() {
        HttpResponse<String> response = api().send(api().request("api/me", null)
                .header("Authorization", Api.basic(DemoAccounts.POLE, "not-the-password")).GET().build());

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void directorates_are_listed_by_name_and_paged() {
        HttpResponse<String> response = api().get("api/directorates?size=5", DemoAccounts.PARTICIPANT);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject page = JsonBodies.object(response.body());
        assertThat(page.getInt("page")).isZero();
        assertThat(page.getInt("size")).isEqualTo(5);
        int total = page.getInt("total");
        assertThat(total).isGreaterThanOrEqualTo(12); // the demo's dozen, and any a test added
        assertThat(page.getJsonArray("items")).hasSize(5);
        JsonObject first = page.getJsonArray("items").getJsonObject(0);
        assertThat(first.keySet()).containsExactlyInAnyOrder("id", "name");

        int lastPage = (total - 1) / 5;
        JsonObject last = JsonBodies.object(api().get("api/directorates?size=5&page=" + lastPage, DemoAccounts.PARTICIPANT).body());
        assertThat(last.getJsonArray("items")).hasSize(total - 5 * lastPage);
        JsonObject all = JsonBodies.object(api().get("api/directorates?size=500", DemoAccounts.PARTICIPANT).body());
        assertThat(all.getJsonArray("items").getValuesAs(JsonObject.class)).extracting(o -> o.getString("name"))
                .isSortedAccordingTo(String::compareTo)
                .contains("Direction de la culture", "Direction des sports", "Direction du patrimoine et des musées");
    }

    @Test
    void policies_include_the_sixteen_of_the_seed() {
        JsonObject page = JsonBodies.object(api().get("api/policies?size=500", DemoAccounts.ELECTED).body());

        assertThat(page.getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(o -> o.getString("name"))
                .contains("Culture", "Éducation et réussite éducative",
                        "Égalité, citoyenneté, intégration des populations immigrées", "Jeunesse", "Logement habitat",
                        "Personnes âgées", "Petite enfance", "Solidarité et action sociale", "Sport", "Vie associative",
                        "Conciliation des temps", "Musée des Beaux-Arts", "Prévention de la délinquance",
                        "Accueillir 100 000 habitants", "Soutien aux émergences", "Animation sociale & culturelle");
    }

    @Test
    void a_page_size_beyond_500_is_a_bad_request_naming_the_field() {
        HttpResponse<String> response = api().get("api/policies?size=501&page=-1", DemoAccounts.POLE);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonObject problem = JsonBodies.object(response.body());
        assertThat(problem.getInt("status")).isEqualTo(400);
        assertThat(problem.getString("title")).isEqualTo("Bad Request");
        assertThat(problem.getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field")).containsExactlyInAnyOrder("page", "size");
    }

    @Test
    void an_unknown_path_is_a_404_problem() {
        HttpResponse<String> response = api().get("api/no-such-thing", DemoAccounts.POLE);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(JsonBodies.object(response.body()).getInt("status")).isEqualTo(404);
    }
}
