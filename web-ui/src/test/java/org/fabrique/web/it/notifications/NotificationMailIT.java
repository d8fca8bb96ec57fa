package org.fabrique.web.it.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.fabrique.web.it.DemoAccounts;
import org.fabrique.web.it.DeployedFabrique;
import org.fabrique.web.it.JsonBodies;
import org.fabrique.web.it.dialogue.DialogueApi;
import org.fabrique.web.it.evaluation.EvaluationApi;
import org.fabrique.web.it.notifications.Mailboxes.Mail;
import org.fabrique.web.it.prospective.ProspectiveApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The events of the missions reach the right people by e-mail, through a real SMTP server, and nobody
 * else: a directorate's mails never go to another directorate, a workshop's never outside its group.
 */
class NotificationMailIT extends DeployedFabrique {

    static final String CLAIRE = "claire.morel@demo.fabrique.test";
    static final String JULIEN = "julien.roux@demo.fabrique.test";
    static final String AMINA = "amina.benali@demo.fabrique.test";
    static final String HELENE = "helene.dubois@demo.fabrique.test";
    static final String MARC = "marc.lefevre@demo.fabrique.test";

    @RegisterExtension
    static final GreenMailExtension SMTP = Mailboxes.smtpServer();

    @Test
    void aSubmittedCandidateIsMailedToThePole() {
        DialogueApi dialogue = new DialogueApi(api());
        long programme = dialogue.sharedProgrammeAcceptingToday();
        String title = "Jardins partagés " + System.nanoTime();
        long candidate = created(dialogue.draft(programme, DemoAccounts.DIRECTORATE, dialogue.completeCandidate(title)));

        assertThat(dialogue.submit(candidate, DemoAccounts.DIRECTORATE).statusCode()).isEqualTo(200);

        List<Mail> mails = Mailboxes.await(SMTP, CLAIRE, m -> m.subject().equals("Projet candidat déposé : " + title), 1);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).body()).startsWith("Bonjour Claire Morel,")
                .contains("La direction Direction de la culture a déposé le projet candidat « " + title + " »")
                .contains("http://localhost:8080/dialogue/candidate.xhtml?id=" + candidate);
        assertThat(Mailboxes.matching(SMTP, JULIEN, m -> m.subject().contains(title))).isEmpty();
    }

    @Test
    void theFeasibilityOpinionAndTheArbitrationAreMailedToTheDirectorateOnly() {
        DialogueApi dialogue = new DialogueApi(api());
        long programme = dialogue.sharedProgrammeAcceptingToday();
        String title = "Balades urbaines " + System.nanoTime();
        long candidate = created(dialogue.draft(programme, DemoAccounts.DIRECTORATE, dialogue.completeCandidate(title)));
        assertThat(dialogue.submit(candidate, DemoAccounts.DIRECTORATE).statusCode()).isEqualTo(200);

        assertThat(dialogue.feasibility(candidate, DemoAccounts.POLE, "FEASIBLE_WITH_CONDITIONS").statusCode()).isEqualTo(200);
        assertThat(dialogue.arbitrate(candidate, DemoAccounts.ELECTED, "DEFERRED").statusCode()).isEqualTo(200);

        assertThat(Mailboxes.await(SMTP, JULIEN, m -> m.subject().equals("Avis de faisabilité : " + title), 1))
                .singleElement().extracting(Mail::body).asString().contains("« " + title + " » : faisable sous conditions.");
        assertThat(Mailboxes.await(SMTP, JULIEN, m -> m.subject().equals("Arbitrage : " + title), 1))
                .singleElement().extracting(Mail::body).asString()
                .contains("Les élus ont arbitré votre projet candidat « " + title + " » : reporté.");
        assertThat(Mailboxes.matching(SMTP, AMINA, m -> m.subject().contains(title))).isEmpty();
    }

    @Test
    void aRecordedRecommendationIsMailedToItsDirectorate() {
        DialogueApi dialogue = new DialogueApi(api());
        JsonObject project = dialogue.pooledProject();
        String text = "Ouvrir la médiathèque le dimanche " + System.nanoTime();

        record(project, text, dialogue.directorateOf(DemoAccounts.DIRECTORATE));

        assertThat(Mailboxes.await(SMTP, JULIEN, m -> m.body().contains(text), 1)).singleElement()
                .extracting(Mail::subject).isEqualTo("Nouvelle préconisation citoyenne à traiter");
        assertThat(Mailboxes.matching(SMTP, AMINA, m -> m.body().contains(text))).isEmpty();
    }

    @Test
    void anAssignedEvaluationRecommendationIsMailedToItsOwnerDirectorate() {
        EvaluationApi evaluations = new EvaluationApi(api());
        long evaluation = evaluations.frame();
        long recommendation = evaluations.recommendation(evaluation);

        evaluations.assign(recommendation, new DialogueApi(api()).directorateOf(DemoAccounts.DIRECTORATE), "2040-06-30");

        String link = "/evaluation/evaluation.xhtml?id=" + evaluation;
        assertThat(Mailboxes.await(SMTP, JULIEN, m -> m.body().contains(link), 1)).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).startsWith("Recommandation d'évaluation confiée : Évaluation d'essai");
            assertThat(mail.body()).contains("« Ouvrir les ateliers à des habitants tirés au sort. »");
        });
        assertThat(Mailboxes.matching(SMTP, AMINA, m -> m.body().contains(link))).isEmpty();
    }

    @Test
    void aConvenedSessionIsMailedToTheMembersOnly() {
        ProspectiveApi prospective = new ProspectiveApi(api());
        long workshop = prospective.workshop();
        String link = "/prospective/workshop.xhtml?id=" + workshop;

        prospective.convene(workshop, "EXPLORATORY", "2040-03-12");

        for (String member : List.of(JULIEN, HELENE)) {
            assertThat(Mailboxes.await(SMTP, member, m -> m.body().contains(link), 1)).as(member).singleElement()
                    .extracting(Mail::subject).isEqualTo("Séance convoquée le 12 mars 2040 : Atelier d'essai");
        }
        assertThat(Mailboxes.matching(SMTP, MARC, m -> m.body().contains(link))).isEmpty();
        assertThat(Mailboxes.matching(SMTP, AMINA, m -> m.body().contains(link))).isEmpty();
    }

    @Test
    void aDecidedAmendmentIsMailedToItsAuthor() {
        ProspectiveApi prospective = new ProspectiveApi(api());
        long workshop = prospective.workshopWithVersion();
        JsonObject amendment = prospective.proposed(workshop);

        HttpResponse<String> decided = prospective.decide(workshop, amendment, DemoAccounts.ELECTED, "REJECTED");

        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
        String link = "/prospective/document.xhtml?workshop=" + workshop;
        assertThat(Mailboxes.await(SMTP, HELENE, m -> m.body().contains(link), 1)).singleElement()
                .satisfies(mail -> {
                    assertThat(mail.subject()).isEqualTo("Votre amendement : rejeté");
                    assertThat(mail.body()).contains("« Un guichet unique en mairie » : rejeté.");
                });
        assertThat(Mailboxes.matching(SMTP, JULIEN, m -> m.body().contains(link))).isEmpty();
    }

    @Test
    void onlyThePoleRunsTheNotificationJobs() {
        for (String job : List.of("reminders", "mails", "digests")) {
            assertThat(api().post("api/notifications/" + job, DemoAccounts.DIRECTORATE, DialogueApi.JSON, "")
                    .statusCode()).as(job).isEqualTo(403);
        }
        HttpResponse<String> run = api().post("api/notifications/reminders", DemoAccounts.POLE, DialogueApi.JSON, "");
        assertThat(run.statusCode()).as(run.body()).isEqualTo(200);
        assertThat(JsonBodies.object(run.body()).containsKey("queued")).isTrue();
    }

    private void record(JsonObject project, String text, long directorate) {
        HttpResponse<String> recorded = api().post("api/projects/" + project.getJsonNumber("id") + "/recommendations",
                DemoAccounts.POLE, DialogueApi.JSON, "{\"text\":\"" + text + "\",\"directorateId\":" + directorate + "}");
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
    }

    private static long created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JsonBodies.object(response.body()).getJsonNumber("id").longValue();
    }
}
