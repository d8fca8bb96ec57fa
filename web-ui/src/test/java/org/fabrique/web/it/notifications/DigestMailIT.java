package org.fabrique.web.it.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.fabrique.web.it.Api;
import org.fabrique.web.it.DemoAccounts;
import org.fabrique.web.it.DeployedFabrique;
import org.fabrique.web.it.JsonBodies;
import org.fabrique.web.it.TestAccounts;
import org.fabrique.web.it.dialogue.DialogueApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Who chose a daily digest gets one mail listing the day's events instead of one mail each. */
class DigestMailIT extends DeployedFabrique {

    @RegisterExtension
    static final GreenMailExtension SMTP = Mailboxes.smtpServer();

    @Test
    void aPersonChoosesADigestAndGetsOneMailWithEveryItem() {
        String username = TestAccounts.poleMember(api(), "digest");
        String address = username + "@demo.fabrique.test";
        assertThat(JsonBodies.object(preference(username, "GET", null).body()).getString("preference"))
                .isEqualTo("IMMEDIATE");
        HttpResponse<String> chosen = preference(username, "PUT", "{\"preference\":\"DAILY_DIGEST\"}");
        assertThat(chosen.statusCode()).as(chosen.body()).isEqualTo(200);
        assertThat(JsonBodies.object(chosen.body()).getString("preference")).isEqualTo("DAILY_DIGEST");

        DialogueApi dialogue = new DialogueApi(api());
        long programme = dialogue.openProgrammeAcceptingToday().getJsonNumber("id").longValue();
        String first = "Fête des voisins " + System.nanoTime();
        String second = "Marché de nuit " + System.nanoTime();
        for (String title : new String[] {first, second}) {
            HttpResponse<String> drafted = dialogue.draft(programme, DemoAccounts.DIRECTORATE, dialogue.completeCandidate(title));
            assertThat(drafted.statusCode()).as(drafted.body()).isEqualTo(201);
            assertThat(dialogue.submit(JsonBodies.object(drafted.body()).getJsonNumber("id").longValue(),
                    DemoAccounts.DIRECTORATE).statusCode()).isEqualTo(200);
        }
        // the demo's pôle account, on immediate mails, gets both at once; the digest reader nothing yet
        Mailboxes.await(SMTP, "claire.morel@demo.fabrique.test", m -> m.subject().contains(second), 1);
        assertThat(run("mails").statusCode()).isEqualTo(200);
        assertThat(Mailboxes.matching(SMTP, address, m -> true)).isEmpty();

        assertThat(run("digests").statusCode()).isEqualTo(200);

        assertThat(Mailboxes.await(SMTP, address, m -> true, 1)).singleElement().satisfies(digest -> {
            assertThat(digest.subject()).startsWith("Fabrique : votre résumé du").endsWith("(2 nouvelles)");
            assertThat(digest.body()).contains("* Projet candidat déposé : " + first,
                    "* Projet candidat déposé : " + second);
        });
        assertThat(run("digests").statusCode()).isEqualTo(200);
        assertThat(Mailboxes.matching(SMTP, address, m -> true)).as("a digest is sent once").hasSize(1);
    }

    @Test
    void aPreferenceMustBeOneOfTheTwo() {
        HttpResponse<String> missing = preference(DemoAccounts.ELECTED_2, "PUT", "{}");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(preference(DemoAccounts.ELECTED_2, "PUT", "{\"preference\":\"WEEKLY\"}").statusCode()).isEqualTo(400);
        assertThat(api().send(HttpRequest.newBuilder(URI.create(base + "api/me/notifications")).GET().build())
                .statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> run(String job) {
        return api().post("api/notifications/" + job, DemoAccounts.POLE, DialogueApi.JSON, "");
    }

    /** The preference of an account, signed in with the demo password or the test accounts' one. */
    private HttpResponse<String> preference(String username, String method, String body) {
        String password = username.startsWith("digest") ? TestAccounts.PASSWORD : DemoAccounts.PASSWORD;
        HttpRequest.Builder request = api().request("api/me/notifications", null)
                .header("Authorization", Api.basic(username, password))
                .header("Content-Type", DialogueApi.JSON);
        return api().send(body == null ? request.GET().build()
                : request.method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }
}
