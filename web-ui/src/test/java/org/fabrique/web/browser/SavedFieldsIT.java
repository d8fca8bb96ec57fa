package org.fabrique.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.ResourceBundle;
import org.fabrique.web.it.DemoAccounts;
import org.fabrique.web.it.DeployedFabrique;
import org.fabrique.web.it.JsonBodies;
import org.fabrique.web.it.dialogue.DialogueApi;
import org.fabrique.web.it.evaluation.EvaluationApi;
import org.fabrique.web.it.prospective.ProspectiveApi;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * What was entered shows: a record is saved with every field of its form filled in with a value of its own, then its
 * page, read by someone who did not write it, shows each of those values — the field's label beside it where the
 * page lists them. One test per record type whose page a person reads to work on it: a candidate, a dialogue session,
 * a workshop's description, issue, resource and planned action, an evaluation's framing, indicator and interview.
 */
class SavedFieldsIT extends DeployedFabrique {

    private static final ResourceBundle FRENCH = ResourceBundle.getBundle("org.fabrique.web.i18n.messages", Locale.FRENCH);

    private static String label(String key) {
        return FRENCH.getString(key);
    }

    private static void type(Browser browser, String id, String text) {
        browser.driver().findElement(By.id(id)).clear();
        browser.driver().findElement(By.id(id)).sendKeys(text);
    }

    private long firstId(String path) {
        return JsonBodies.object(api().get(path + "?size=1", DemoAccounts.POLE).body())
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
    }

    private String nameOf(String path, long id) {
        return JsonBodies.object(api().get(path + "/" + id, DemoAccounts.POLE).body()).getString("name");
    }

    @Test
    void a_submitted_candidate_shows_every_field_its_directorate_filled_in_to_the_pole() {
        DialogueApi dialogue = new DialogueApi(api());
        long programme = dialogue.sharedProgrammeAcceptingToday();
        long policy = firstId("api/policies");
        long neighbourhood = firstId("api/neighbourhoods");
        String body = "{\"title\":\"Jardins partagés du Ranzay\",\"summary\":\"Ouvrir les jardins aux écoles voisines.\","
                + "\"policyId\":" + policy + ",\"scale\":\"NEIGHBOURHOOD\",\"neighbourhoodId\":" + neighbourhood + ","
                + "\"stakes\":\"Des parcelles en friche.\",\"levers\":\"Un bail à renouveler.\","
                + "\"participationLevel\":\"CONCERTATION\",\"methods\":[\"URBAN_WALK\",\"SURVEY\"],"
                + "\"publics\":\"Écoliers et retraités\",\"calendar\":\"Printemps\",\"budget\":12500}";
        HttpResponse<String> drafted = dialogue.draft(programme, DemoAccounts.DIRECTORATE, body);
        assertThat(drafted.statusCode()).as(drafted.body()).isEqualTo(201);
        long candidate = JsonBodies.object(drafted.body()).getJsonNumber("id").longValue();
        assertThat(dialogue.submit(candidate, DemoAccounts.DIRECTORATE).statusCode()).isEqualTo(200);

        try (Browser browser = new Browser(base)) {
            browser.signIn(DemoAccounts.POLE);
            browser.open("/dialogue/candidate.xhtml?id=" + candidate);
            assertThat(browser.heading()).isEqualTo("Jardins partagés du Ranzay");
            String details = browser.text(By.id("details"));
            assertThat(details).contains(
                    label("dialogue.candidate.summary"), "Ouvrir les jardins aux écoles voisines.",
                    label("dialogue.candidate.policy"), nameOf("api/policies", policy),
                    label("dialogue.candidate.scale"), label("dialogue.scale.NEIGHBOURHOOD"),
                    label("dialogue.candidate.neighbourhood"), nameOf("api/neighbourhoods", neighbourhood),
                    label("dialogue.candidate.stakes"), "Des parcelles en friche.",
                    label("dialogue.candidate.levers"), "Un bail à renouveler.",
                    label("dialogue.candidate.level"), label("dialogue.level.CONCERTATION"),
                    label("dialogue.candidate.methods"), label("dialogue.method.URBAN_WALK"), label("dialogue.method.SURVEY"),
                    label("dialogue.candidate.publics"), "Écoliers et retraités",
                    label("dialogue.candidate.calendar"), "Printemps",
                    label("dialogue.candidate.budget"));
            assertThat(browser.text(By.id("budget")).replaceAll("[\\s\\u00A0\\u202F]", "")).isEqualTo("12500€");
        }
    }

    @Test
    void a_resource_shows_every_field_the_pole_filled_in_to_a_member() {
        ProspectiveApi prospective = new ProspectiveApi(api());
        long workshop = prospective.workshop();
        long issue = prospective.issue(workshop, "Vieillir chez soi");
        String body = "{\"type\":\"EXPERT_HEARING\",\"title\":\"Audition du CCAS\",\"source\":\"Marie Leduc\","
                + "\"organisation\":\"CCAS de Nantes\",\"content\":\"Le maintien à domicile coûte moins cher.\","
                + "\"lesson\":\"Prévoir des visites régulières.\",\"date\":\"2040-03-14\",\"issueIds\":[" + issue + "]}";
        ProspectiveApi.created(api().post("api/workshops/" + workshop + "/resources", DemoAccounts.POLE, ProspectiveApi.JSON, body));

        try (Browser browser = new Browser(base)) {
            browser.signIn(DemoAccounts.PARTICIPANT);
            browser.open("/prospective/workshop.xhtml?id=" + workshop);
            String resources = browser.text(By.id("resources"));
            assertThat(resources).contains(label("prospective.resource.type"), label("prospective.resourceType.EXPERT_HEARING"),
                    label("prospective.resource.titleLabel"), "Audition du CCAS", "Marie Leduc, CCAS de Nantes", "14 mars 2040",
                    label("prospective.resource.content"), "Le maintien à domicile coûte moins cher.",
                    label("prospective.resource.lesson"), "Prévoir des visites régulières.",
                    label("prospective.resource.informs"), "Vieillir chez soi");
        }
    }

    @Test
    void a_dialogue_session_shows_every_field_the_pole_filled_in_to_the_directorate() {
        DialogueApi dialogue = new DialogueApi(api());
        long project = dialogue.pooledProject().getJsonNumber("id").longValue();
        String body = "{\"date\":\"2040-03-14\",\"place\":\"Maison de quartier des Haubans\",\"method\":\"CITIZEN_PANEL\","
                + "\"group\":\"RESIDENTS\",\"participants\":37,\"themes\":\"Horaires d'ouverture\","
                + "\"outputs\":\"Une ouverture le samedi matin.\"}";
        HttpResponse<String> recorded = api().post("api/projects/" + project + "/sessions", DemoAccounts.POLE,
                DialogueApi.JSON, body);
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);

        try (Browser browser = new Browser(base)) {
            browser.signIn(DemoAccounts.DIRECTORATE);
            browser.open("/dialogue/project.xhtml?id=" + project);
            assertThat(browser.text(By.id("sessions"))).contains(label("dialogue.session.date"), "14 mars 2040",
                    label("dialogue.session.place"), "Maison de quartier des Haubans",
                    label("dialogue.session.method"), label("dialogue.method.CITIZEN_PANEL"),
                    label("dialogue.session.group"), label("dialogue.group.RESIDENTS"),
                    label("dialogue.session.participants"), "37",
                    label("dialogue.session.themesAndOutputs"), "Horaires d'ouverture", "Une ouverture le samedi matin.");
        }
    }

    @Test
    void an_evaluation_shows_every_field_of_its_framing_to_any_account() {
        long policy = firstId("api/policies");
        // a year of its own: EvaluationApiIT checks that nothing is ever framed in 2093
        String body = "{\"programmeYear\":2094,\"title\":\"Évaluer la tarification solidaire " + System.nanoTime() + "\","
                + "\"object\":\"POLICY\",\"policyId\":" + policy + ",\"objectDescription\":\"Les tarifs selon le quotient.\","
                + "\"originLabel\":\"Vœu du conseil de quartier\",\"type\":\"EX_POST\",\"participatory\":true,"
                + "\"evaluatorKind\":\"EXTERNAL_FIRM\",\"evaluators\":\"Cabinet Trajectoires\",\"start\":\"2094-02-01\","
                + "\"end\":\"2094-11-30\"}";
        HttpResponse<String> framed = api().post("api/evaluations", DemoAccounts.POLE, DialogueApi.JSON, body);
        assertThat(framed.statusCode()).as(framed.body()).isEqualTo(201);
        var evaluation = JsonBodies.object(framed.body());

        try (Browser browser = new Browser(base)) {
            browser.signIn(DemoAccounts.PARTICIPANT);
            browser.open("/evaluation/evaluation.xhtml?id=" + evaluation.getJsonNumber("id"));
            assertThat(browser.heading()).isEqualTo(evaluation.getString("title"));
            assertThat(browser.text(By.id("facts"))).contains(
                    label("evaluation.programme"), evaluation.getString("programmeTitle"),
                    label("evaluation.object"), label("evaluation.object.POLICY"), nameOf("api/policies", policy),
                    "Les tarifs selon le quotient.",
                    label("evaluation.origin"), "Vœu du conseil de quartier",
                    label("evaluation.type"), label("evaluation.type.EX_POST"),
                    label("evaluation.participatory"), label("evaluation.yes"),
                    label("evaluation.evaluators"), label("evaluation.evaluatorKind.EXTERNAL_FIRM"), "Cabinet Trajectoires",
                    label("evaluation.period"), "1 février 2094", "30 novembre 2094");
        }
    }

    @Test
    void a_workshop_shows_every_field_of_its_description_to_its_president() {
        long workshop = new ProspectiveApi(api()).workshop();
        String address = "/prospective/workshop.xhtml?id=" + workshop;
        try (Browser browser = new Browser(base)) {
            browser.signIn(DemoAccounts.POLE);
            browser.open(address);
            type(browser, "describe:contract", "Lettre de mission du maire");
            type(browser, "describe:committee", "Comité de pilotage du CCAS");
            type(browser, "describe:firm", "Cabinet Horizons");
            browser.fillDate("describe:start", "2040-03-14");
            browser.fillDate("describe:end", "2040-11-20");
            browser.clickAndWaitForNextPage(By.id("describe:describeButton"));
            browser.waitForInfo("Description de l'atelier enregistrée.");
        }
        try (Browser browser = new Browser(base)) {
            browser.signIn(DemoAccounts.ELECTED);
            browser.open(address);
            assertThat(browser.text(By.id("facts"))).contains(
                    label("prospective.workshop.dates"), "14 mars 2040", "20 novembre 2040",
                    label("prospective.workshop.contract"), "Lettre de mission du maire",
                    label("prospective.workshop.committee"), "Comité de pilotage du CCAS",
                    label("prospective.workshop.firm"), "Cabinet Horizons");
        }
    }

    @Test
    void a_workshop_issue_shows_every_field_the_pole_filled_in_to_a_member() {
        long workshop = new ProspectiveApi(api()).workshop();
        String body = "{\"title\":\"Vieillir chez soi\",\"description\":\"Rester dans son quartier le plus longtemps possible.\","
                + "\"markers\":[\"CITIZEN_PARTICIPATION\"],\"tension\":\"Autonomie et sécurité\"}";
        ProspectiveApi.created(api().post("api/workshops/" + workshop + "/issues", DemoAccounts.POLE, ProspectiveApi.JSON, body));

        try (Browser browser = new Browser(base)) {
            browser.signIn(DemoAccounts.PARTICIPANT);
            browser.open("/prospective/workshop.xhtml?id=" + workshop);
            assertThat(browser.text(By.id("issueList"))).contains("Vieillir chez soi",
                    "Rester dans son quartier le plus longtemps possible.", label("prospective.marker.CITIZEN_PARTICIPATION"),
                    label("prospective.issue.tension"), "Autonomie et sécurité");
        }
    }

    @Test
    void a_planned_action_shows_every_field_the_pole_filled_in_to_its_directorate() {
        ProspectiveApi prospective = new ProspectiveApi(api());
        long workshop = prospective.workshopWithVersion();
        long version = JsonBodies.object(api().get("api/workshops/" + workshop + "/document", DemoAccounts.POLE).body())
                .getJsonNumber("version").longValue();
        assertThat(api().post("api/workshops/" + workshop + "/document/adoption", DemoAccounts.ELECTED, ProspectiveApi.JSON,
                "{\"version\":" + version + "}").statusCode()).isEqualTo(200);
        long directorate = prospective.directorateOf(DemoAccounts.DIRECTORATE);
        ProspectiveApi.created(api().post("api/workshops/" + workshop + "/actions", DemoAccounts.POLE, ProspectiveApi.JSON,
                "{\"recommendation\":\"Un guichet unique en mairie\",\"title\":\"Ouvrir le guichet\",\"directorateId\":"
                        + directorate + ",\"pilot\":\"Mme Martin\",\"deadline\":\"2040-06-30\"}"));

        try (Browser browser = new Browser(base)) {
            browser.signIn(DemoAccounts.DIRECTORATE);
            browser.open("/prospective/plan.xhtml?workshop=" + workshop);
            assertThat(browser.text(By.id("plan"))).contains(nameOf("api/directorates", directorate),
                    label("prospective.action.title"), "Ouvrir le guichet",
                    label("prospective.action.recommendation"), "Un guichet unique en mairie",
                    label("prospective.action.pilot"), "Mme Martin",
                    label("prospective.action.deadline"), "30 juin 2040");
        }
    }

    @Test
    void an_indicator_shows_every_field_the_pole_filled_in_to_a_directorate() {
        long evaluation = new EvaluationApi(api()).frame();
        EvaluationApi.created(api().post("api/evaluations/" + evaluation + "/indicators", DemoAccounts.POLE, EvaluationApi.JSON,
                "{\"name\":\"Foyers aidés\",\"unit\":\"foyers\",\"baseline\":120.5,\"target\":300,"
                        + "\"source\":\"Fichier du CCAS\"}"));

        try (Browser browser = new Browser(base)) {
            browser.signIn(DemoAccounts.DIRECTORATE);
            browser.open("/evaluation/indicators.xhtml?evaluation=" + evaluation);
            assertThat(browser.text(By.id("indicatorPanel"))).contains("Foyers aidés (foyers)",
                    label("evaluation.indicators.baseline"), "120,5",
                    label("evaluation.indicators.target"), "300",
                    label("evaluation.indicators.source"), "Fichier du CCAS");
        }
    }

    @Test
    void an_interview_shows_every_field_recorded_to_the_pole() {
        long evaluation = new EvaluationApi(api()).frame();
        EvaluationApi.created(api().post("api/evaluations/" + evaluation + "/interviews", DemoAccounts.POLE, EvaluationApi.JSON,
                "{\"category\":\"DIRECTOR\",\"intervieweeName\":\"Paul Girard\",\"interviewedOn\":\"2040-03-14\","
                        + "\"interviewer\":\"Claire Moreau\",\"notes\":\"Les délais de réponse s'allongent.\"}"));

        try (Browser browser = new Browser(base)) {
            browser.signIn(DemoAccounts.POLE);
            browser.open("/evaluation/interviews.xhtml?evaluation=" + evaluation);
            assertThat(browser.text(By.id("interviewList"))).contains(
                    label("evaluation.voices.category.DIRECTOR"), "14 mars 2040",
                    label("evaluation.voices.interview.name"), "Paul Girard",
                    label("evaluation.voices.interview.interviewer"), "Claire Moreau",
                    label("evaluation.voices.interview.notes"), "Les délais de réponse s'allongent.");
        }
    }
}
