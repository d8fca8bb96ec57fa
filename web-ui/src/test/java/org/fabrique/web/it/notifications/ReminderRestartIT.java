package org.fabrique.web.it.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.json.JsonObject;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.fabrique.web.it.Api;
import org.fabrique.web.it.DemoAccounts;
import org.fabrique.web.it.Deployments;
import org.fabrique.web.it.JsonBodies;
import org.fabrique.web.it.dialogue.DialogueApi;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An answer reminder is mailed once and only once: the reminder job run twice queues it once, and after
 * the application restarts (undeployed and deployed again: new beans, new timers, the same database) it
 * is neither queued nor mailed again. This class deploys Fabrique itself, to restart it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReminderRestartIT {

    private static final String FABRIQUE = "fabrique";
    private static final String JULIEN = "julien.roux@demo.fabrique.test";

    @RegisterExtension
    static final GreenMailExtension SMTP = Mailboxes.smtpServer();

    @Deployment(name = FABRIQUE, managed = false, testable = false)
    public static WebArchive deployment() {
        return Deployments.fabrique();
    }

    @ArquillianResource
    Deployer deployer;

    @Test
    void aReminderDueInTenDaysIsMailedOnceEvenAcrossARestart() {
        deployer.deploy(FABRIQUE);
        try {
            Api api = new Api(base());
            DialogueApi dialogue = new DialogueApi(api);
            JsonObject project = dialogue.validatedProject(10);
            String text = "Éclairer le parvis du gymnase " + System.nanoTime();
            HttpResponse<String> recorded = api.post("api/projects/" + project.getJsonNumber("id") + "/recommendations",
                    DemoAccounts.POLE, DialogueApi.JSON, "{\"text\":\"" + text + "\",\"directorateId\":"
                            + dialogue.directorateOf(DemoAccounts.DIRECTORATE) + "}");
            assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
            LocalDate due = LocalDate.parse(JsonBodies.object(recorded.body()).getString("dueDate"));
            assertThat(due).isEqualTo(LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(10));
            String subject = "Réponse attendue avant le " + due.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH));

            assertThat(queuedReminders(api)).isPositive();
            assertThat(queuedReminders(api)).as("the second run queues nothing").isZero();
            assertThat(Mailboxes.await(SMTP, JULIEN, m -> m.subject().equals(subject) && m.body().contains(text), 1))
                    .hasSize(1);

            deployer.undeploy(FABRIQUE);
            deployer.deploy(FABRIQUE);

            assertThat(queuedReminders(api)).as("after the restart, nothing is queued again").isZero();
            assertThat(api.post("api/notifications/mails", DemoAccounts.POLE, DialogueApi.JSON, "").statusCode())
                    .isEqualTo(200);
            assertThat(Mailboxes.matching(SMTP, JULIEN, m -> m.body().contains(text)))
                    .as("the recommendation's mails: assigned, then due in 10 days, each once")
                    .extracting(Mailboxes.Mail::subject)
                    .containsExactlyInAnyOrder("Nouvelle préconisation citoyenne à traiter", subject);
        } finally {
            deployer.undeploy(FABRIQUE);
        }
    }

    private static int queuedReminders(Api api) {
        HttpResponse<String> run = api.post("api/notifications/reminders", DemoAccounts.POLE, DialogueApi.JSON, "");
        assertThat(run.statusCode()).as(run.body()).isEqualTo(200);
        return JsonBodies.object(run.body()).getInt("queued");
    }

    /** Where the server under test listens: 8080 shifted by the tests' port offset. */
    private static URL base() {
        int port = 8080 + Integer.parseInt(System.getProperty("it.port.offset", "100"));
        try {
            return new URL("http://127.0.0.1:" + port + "/");
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
