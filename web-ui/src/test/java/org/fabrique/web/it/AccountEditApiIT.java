package org.fabrique.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.fabrique.web.it.dialogue.DialogueApi;
import org.junit.jupiter.api.Test;

/**
 * The pôle searches accounts ({@code q=}, {@code role=}, {@code sort=}) and corrects one ({@code PUT /api/accounts/{id}}):
 * the version read is required, a stale one refused, a Direction account needs its directorate, nobody changes their
 * own role, and the correction is in the audit journal; it takes effect at the account's next request.
 */
class AccountEditApiIT extends DeployedFabrique {

    private static final String JSON = "application/json";

    private List<JsonObject> accounts(String query) {
        HttpResponse<String> answer = api().get("api/accounts?" + query, DemoAccounts.POLE);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JsonBodies.object(answer.body()).getJsonArray("items").getValuesAs(JsonValue::asJsonObject);
    }

    private JsonObject account(String username) {
        return accounts("q=" + username).stream().filter(a -> a.getString("username").equals(username)).findFirst()
                .orElseThrow();
    }

    private HttpResponse<String> put(long id, String username, String body) {
        return api().send(api().request("api/accounts/" + id, username).header("Content-Type", JSON)
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static String edit(String name, String role, Long directorateId, Long version) {
        return "{\"displayName\":\"" + name + "\",\"email\":\"corrige@demo.fabrique.test\",\"category\":\"DIRECTOR\","
                + "\"role\":\"" + role + "\",\"directorateId\":" + directorateId
                + (version == null ? "" : ",\"version\":" + version) + "}";
    }

    @Test
    void the_pole_finds_accounts_by_text_and_role_and_sorts_them() {
        assertThat(accounts("q=GARNIER")).extracting(a -> a.getString("username")).containsExactly("elu");
        assertThat(accounts("q=direction&role=DIRECTORATE&sort=-username")).extracting(a -> a.getString("username"))
                .containsSubsequence("direction2", "direction");
        assertThat(accounts("role=ELECTED&size=500")).allSatisfy(a -> assertThat(a.getString("role")).isEqualTo("ELECTED"));
        List<String> names = accounts("sort=displayName&size=500").stream().map(a -> a.getString("displayName")).toList();
        assertThat(names).isNotEmpty();
        for (String query : List.of("sort=password", "sort=username,username", "role=KING", "sort=")) {
            HttpResponse<String> refused = api().get("api/accounts?" + query, DemoAccounts.POLE);
            assertThat(refused.statusCode()).as(query).isEqualTo("sort=".equals(query) ? 200 : 400);
        }
    }

    @Test
    void the_pole_corrects_an_account_with_the_version_it_read() {
        String username = TestAccounts.poleMember(api(), "corrige");
        JsonObject read = account(username);
        long id = read.getJsonNumber("id").longValue();
        long version = read.getJsonNumber("version").longValue();
        long culture = new DialogueApi(api()).directorateOf(DemoAccounts.DIRECTORATE);

        assertThat(put(id, DemoAccounts.POLE, edit("Emma Clarke-Martin", "DIRECTORATE", culture, null)).statusCode())
                .as("no version").isEqualTo(400);
        HttpResponse<String> noDirectorate = put(id, DemoAccounts.POLE, edit("Emma Clarke-Martin", "DIRECTORATE", null, version));
        assertThat(noDirectorate.statusCode()).isEqualTo(400);
        assertThat(noDirectorate.body()).contains("directorateId");
        assertThat(put(id, DemoAccounts.DIRECTORATE, edit("Intrus", "POLE", null, version)).statusCode()).isEqualTo(403);
        assertThat(account(username).getString("displayName")).as("nothing changed").isEqualTo("Emma Clarke");

        HttpResponse<String> corrected = put(id, DemoAccounts.POLE, edit("Emma Clarke-Martin", "DIRECTORATE", culture, version));
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
        JsonObject now = JsonBodies.object(corrected.body());
        assertThat(now.getString("displayName")).isEqualTo("Emma Clarke-Martin");
        assertThat(now.getString("role")).isEqualTo("DIRECTORATE");
        assertThat(now.getJsonNumber("directorateId").longValue()).isEqualTo(culture);
        assertThat(now.getJsonNumber("version").longValue()).isGreaterThan(version);
        HttpResponse<String> me = api().send(api().request("api/me", null)
                .header("Authorization", Api.basic(username, TestAccounts.PASSWORD)).GET().build());
        assertThat(JsonBodies.object(me.body()).getString("role")).as("at its next request").isEqualTo("DIRECTORATE");

        assertThat(put(id, DemoAccounts.POLE, edit("Emma Martin", "DIRECTORATE", culture, version)).statusCode())
                .as("a stale version, though only the name changed since").isEqualTo(409);
        long renamedVersion = now.getJsonNumber("version").longValue();
        assertThat(put(id, DemoAccounts.POLE, edit("Emma Martin", "DIRECTORATE", culture, renamedVersion)).statusCode())
                .isEqualTo(200);
        assertThat(put(id, DemoAccounts.POLE, edit("Emma Martin2", "DIRECTORATE", culture, renamedVersion)).statusCode())
                .as("a change of the name alone moves the version on").isEqualTo(409);

        HttpResponse<String> events = api().get("api/audit-events?type=ACCOUNT_CHANGED&size=500", DemoAccounts.POLE);
        assertThat(events.body()).contains("corrected: name; email; category; role DIRECTORATE");
    }

    @Test
    void nobody_changes_their_own_role() {
        String username = TestAccounts.poleMember(api(), "soimeme");
        HttpResponse<String> self = api().send(api().request("api/me", null)
                .header("Authorization", Api.basic(username, TestAccounts.PASSWORD)).GET().build());
        assertThat(self.statusCode()).isEqualTo(200);
        JsonObject read = account(username);
        long id = read.getJsonNumber("id").longValue();
        long version = read.getJsonNumber("version").longValue();

        HttpResponse<String> refused = api().send(api().request("api/accounts/" + id, null)
                .header("Authorization", Api.basic(username, TestAccounts.PASSWORD)).header("Content-Type", JSON)
                .PUT(HttpRequest.BodyPublishers.ofString(edit("Moi", "ELECTED", null, version))).build());
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
        assertThat(account(username).getString("role")).isEqualTo("POLE");
        assertThat(account(username).getBoolean("mayChangeRole")).as("another pôle member may").isTrue();
    }
}
