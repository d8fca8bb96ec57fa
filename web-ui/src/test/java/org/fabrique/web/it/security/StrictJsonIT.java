package org.fabrique.web.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.fabrique.web.it.DemoAccounts;
import org.fabrique.web.it.DeployedFabrique;
import org.fabrique.web.it.JsonBodies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * JSON is read strictly (api.md), every value the probe of issue 13 found stored leniently is now a 400
 * naming the field, and nothing is stored.
 */
class StrictJsonIT extends DeployedFabrique {

    private static final String PROGRAMME = "{\"year\":2090,\"submissionOpens\":\"2090-01-01\",\"submissionCloses\":\"2090-02-01\","
            + "\"targetMin\":30,\"targetMax\":50,\"answerDelayDays\":90}";

    private long programmes() {
        return JsonBodies.object(api().get("api/programmes", DemoAccounts.POLE).body()).getJsonNumber("total").longValue();
    }

    private HttpResponse<String> post(String path, byte[] body) {
        return api().send(api().request(path, DemoAccounts.POLE).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    @ParameterizedTest(name = "{0}: {1} → {2}")
    @CsvSource(delimiter = '|', value = {
            "targetMin|1e400|targetMin",
            "targetMin|1.5|targetMin",
            "targetMin|\"12\"|targetMin",
            "targetMin|99999999999|targetMin",
            "year|true|year",
            "submissionOpens|\"0000-01-01\"|submissionOpens",
            "submissionOpens|\"2301-01-01\"|submissionOpens",
            "submissionOpens|20900101|submissionOpens",
            "answerDelayDays|[90]|answerDelayDays"})
    void a_number_or_date_of_the_wrong_shape_is_a_400_naming_the_field(String field, String value, String named) {
        long before = programmes();
        String body = PROGRAMME.replaceFirst("\"" + field + "\":[^,}]+", "\"" + field + "\":" + value.replace("$", "\\$"));

        HttpResponse<String> refused = post("api/programmes", body.getBytes(StandardCharsets.UTF_8));

        assertThat(refused.statusCode()).as(body + " → " + refused.body()).isEqualTo(400);
        assertThat(JsonBodies.object(refused.body()).getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo(named);
        assertThat(programmes()).isEqualTo(before);
    }

    @Test
    void a_role_that_may_not_call_an_endpoint_gets_403_whatever_the_body() {
        for (String body : new String[] {"{}", "{\"year\":\"abc\"}", "{\"year\":2090,\"year\":1}", "not json", PROGRAMME}) {
            HttpResponse<String> refused = api().send(api().request("api/programmes", DemoAccounts.DIRECTORATE)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
            assertThat(refused.statusCode()).as(body).isEqualTo(403);
            assertThat(JsonBodies.object(refused.body()).getString("detail")).isEqualTo("Your role does not allow this.");
        }
        HttpResponse<String> account = api().send(api().request("api/accounts", DemoAccounts.ELECTED)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"username\":1}")).build());
        assertThat(account.statusCode()).isEqualTo(403);
    }

    @Test
    void a_null_in_a_list_a_line_break_in_a_one_line_field_and_an_unknown_policy_are_400s_not_500s() {
        var dialogue = new org.fabrique.web.it.dialogue.DialogueApi(api());
        long programme = dialogue.openProgrammeAcceptingToday().getJsonNumber("id").longValue();
        String candidate = dialogue.completeCandidate("Liste trouée").replace("\"methods\":[\"CO_CONSTRUCTION_WORKSHOP\",",
                "\"methods\":[null,");
        HttpResponse<String> nullMethod = dialogue.draft(programme, DemoAccounts.DIRECTORATE, candidate);
        assertThat(nullMethod.statusCode()).as(nullMethod.body()).isEqualTo(400);
        assertThat(nullMethod.body()).contains("\"field\":\"methods[0]\"");

        var prospective = new org.fabrique.web.it.prospective.ProspectiveApi(api());
        long cycle = prospective.newCycle();
        String workshop = "{\"cycleId\":" + cycle + ",\"title\":\"Atelier\",\"kind\":\"PUBLIC_POLICY\",\"policyId\":999999,"
                + "\"scale\":\"CITY\",\"presidentPersonId\":" + prospective.personOf(DemoAccounts.ELECTED) + "}";
        HttpResponse<String> unknownPolicy = post("api/workshops", workshop.getBytes(StandardCharsets.UTF_8));
        assertThat(unknownPolicy.statusCode()).as(unknownPolicy.body()).isEqualTo(400);
        assertThat(unknownPolicy.body()).contains("\"field\":\"policyId\"");
        HttpResponse<String> twoLines = post("api/workshops", workshop.replace("\"policyId\":999999,", "")
                .replace("\"kind\":\"PUBLIC_POLICY\"", "\"kind\":\"MAJOR_ISSUE\",\"externalFirm\":\"Cabinet\\nConseil\"")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(twoLines.statusCode()).as(twoLines.body()).isEqualTo(400);
        assertThat(twoLines.body()).contains("\"field\":\"externalFirm\"");
    }

    @Test
    void a_duplicated_key_is_a_400_naming_it() {
        HttpResponse<String> refused = post("api/programmes",
                PROGRAMME.replace("\"year\":2090", "\"year\":2090,\"year\":2091").getBytes(StandardCharsets.UTF_8));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("\"field\":\"year\"", "appears twice");
    }

    @Test
    void a_username_sent_as_a_number_or_a_boolean_opens_no_account() {
        for (String username : new String[] {"12345", "true"}) {
            HttpResponse<String> refused = post("api/accounts", ("{\"username\":" + username + ",\"password\":\"Lune-verte-Colibri-42\","
                    + "\"displayName\":\"X\",\"category\":\"POLE_STAFF\",\"role\":\"POLE\"}").getBytes(StandardCharsets.UTF_8));
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(refused.body()).contains("\"field\":\"username\"");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"NUL|\\u0000", "ESC|\\u001b", "a bell|\\u0007", "a lone surrogate|\\ud800",
            "a line break in a name|\\n"})
    void control_characters_and_invalid_unicode_in_a_text_are_a_400_naming_the_field(String what, String escape) {
        HttpResponse<String> refused = post("api/directorates",
                ("{\"name\":\"Direction" + escape + "des essais\"}").getBytes(StandardCharsets.UTF_8));

        assertThat(refused.statusCode()).as(what).isEqualTo(400);
        assertThat(refused.body()).contains("\"field\":\"name\"");
        assertThat(api().get("api/directorates?size=500", DemoAccounts.POLE).body()).doesNotContain("des essais");
    }

    @Test
    void invalid_utf8_deep_nesting_and_two_documents_are_a_400() {
        byte[] invalid = "{\"name\":\"Direction X\"}".getBytes(StandardCharsets.UTF_8);
        invalid[12] = (byte) 0xC3;
        invalid[13] = (byte) 0x28;
        assertThat(post("api/directorates", invalid).statusCode()).isEqualTo(400);
        String deep = "[".repeat(200) + "]".repeat(200);
        HttpResponse<String> nested = post("api/directorates", deep.getBytes(StandardCharsets.UTF_8));
        assertThat(nested.statusCode()).isEqualTo(400);
        assertThat(post("api/directorates", "{\"name\":\"A\"}{\"name\":\"B\"}".getBytes(StandardCharsets.UTF_8)).statusCode())
                .isEqualTo(400);
    }

    @Test
    void line_breaks_stay_welcome_in_long_texts() {
        var dialogue = new org.fabrique.web.it.dialogue.DialogueApi(api());
        long project = dialogue.pooledProject().getJsonNumber("id").longValue();
        HttpResponse<String> created = post("api/projects/" + project + "/recommendations",
                ("{\"text\":\"Ouvrir le samedi.\\nEt le dimanche matin.\\tMerci.\",\"directorateId\":"
                        + dialogue.directorateOf(DemoAccounts.DIRECTORATE) + "}").getBytes(StandardCharsets.UTF_8));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(JsonBodies.object(created.body()).getString("text")).isEqualTo("Ouvrir le samedi.\nEt le dimanche matin.\tMerci.");
    }
}
