package org.fabrique.web.it.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.fabrique.web.it.DemoAccounts;
import org.fabrique.web.it.DeployedFabrique;
import org.fabrique.web.it.JsonBodies;
import org.fabrique.web.it.dialogue.DialogueApi;
import org.fabrique.web.it.evaluation.EvaluationApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An evaluation's recommendation reminds its owner directorate of its follow-up: when due within 14 days,
 * then once overdue, each reminder mailed once however often the job runs; one done is not reminded.
 */
class FollowUpReminderIT extends DeployedFabrique {

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);

    @RegisterExtension
    static final GreenMailExtension SMTP = Mailboxes.smtpServer();

    @Test
    void theOwnerDirectorateIsRemindedOnceBeforeAndOnceAfterTheDueDate() {
        EvaluationApi evaluations = new EvaluationApi(api());
        long evaluation = evaluations.frame();
        long dueSoon = evaluations.recommendation(evaluation);
        long overdue = evaluations.recommendation(evaluation);
        long done = evaluations.recommendation(evaluation);
        long culture = new DialogueApi(api()).directorateOf(DemoAccounts.DIRECTORATE);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        evaluations.assign(dueSoon, culture, today.plusDays(10).toString());
        evaluations.assign(overdue, culture, today.minusDays(3).toString());
        long version = evaluations.assign(done, culture, today.minusDays(3).toString()).getJsonNumber("version")
                .longValue();
        HttpResponse<String> finished = evaluations.put("api/evaluation-recommendations/" + done + "/follow-up",
                DemoAccounts.POLE, "{\"status\":\"DONE\",\"comment\":\"Fait\",\"version\":" + version + "}");
        assertThat(finished.statusCode()).as(finished.body()).isEqualTo(200);

        assertThat(queuedReminders()).as("the two open ones, among others").isGreaterThanOrEqualTo(2);
        assertThat(queuedReminders()).as("the second run queues nothing").isZero();

        String link = "/evaluation/evaluation.xhtml?id=" + evaluation;
        String soon = "Suivi attendu avant le " + today.plusDays(10).format(FRENCH_DATE);
        String late = "Suivi en retard : échéance du " + today.minusDays(3).format(FRENCH_DATE) + " dépassée";
        assertThat(Mailboxes.await(SMTP, NotificationMailIT.JULIEN,
                m -> m.body().contains(link) && m.subject().startsWith("Suivi"), 2))
                .extracting(Mailboxes.Mail::subject)
                .satisfiesExactlyInAnyOrder(subject -> assertThat(subject).startsWith(soon + " : Évaluation d'essai"),
                        subject -> assertThat(subject).isEqualTo(late));
        assertThat(api().post("api/notifications/mails", DemoAccounts.POLE, DialogueApi.JSON, "").statusCode())
                .isEqualTo(200);
        assertThat(Mailboxes.matching(SMTP, NotificationMailIT.JULIEN, m -> m.body().contains(link)
                && m.subject().startsWith("Suivi"))).as("each once, the done one never").hasSize(2);
        assertThat(Mailboxes.matching(SMTP, NotificationMailIT.AMINA, m -> m.body().contains(link))).isEmpty();
    }

    private int queuedReminders() {
        HttpResponse<String> run = api().post("api/notifications/reminders", DemoAccounts.POLE, DialogueApi.JSON, "");
        assertThat(run.statusCode()).as(run.body()).isEqualTo(200);
        return JsonBodies.object(run.body()).getInt("queued");
    }
}
