package org.fabrique.web.it.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.fabrique.web.it.DemoAccounts;
import org.fabrique.web.it.DeployedFabrique;
import org.fabrique.web.it.JsonBodies;
import org.junit.jupiter.api.Test;

/**
 * The evaluation demo an empty database gets, as the API shows it: the seed's evaluation of the Ateliers
 * prospectifs in follow-up, with its eleven interviews, its quotes read by the steering committee by
 * category only and its four recommendations followed up; this year's evaluation of the answer commitment
 * and its indicators measured over the years; the evaluation the Atelier Personnes âgées commissioned,
 * linked from both ends. Other test classes add evaluations of their own: these tests find the demo's by
 * title.
 */
class EvaluationDemoIT extends DeployedFabrique {

    private static final String ATELIERS = "Évaluation des Ateliers prospectifs 2008–2013";
    private static final String RESPONSE = "Évaluation de l'engagement de réponse du dialogue citoyen";
    private static final String COMMISSIONED = "Évaluer la lutte contre l'isolement des personnes âgées";
    private static final String ELDERLY_WORKSHOP = "Atelier Personnes âgées";

    private EvaluationApi evaluations() {
        return new EvaluationApi(api());
    }

    @Test
    void the_seeds_evaluation_is_in_follow_up_with_eleven_interviews_of_september_and_october_2013() {
        long id = evaluation(ATELIERS);
        JsonObject evaluation = object("api/evaluations/" + id, DemoAccounts.POLE);
        assertThat(evaluation.getString("status")).isEqualTo("FOLLOW_UP");
        assertThat(evaluation.getInt("programmeYear")).isEqualTo(2013);
        assertThat(evaluation.getString("object")).isEqualTo("METHOD");
        assertThat(evaluation.getString("type")).isEqualTo("EX_POST");
        assertThat(evaluation.getBoolean("participatory")).isFalse();
        assertThat(evaluation.getString("evaluatorKind")).isEqualTo("EXTERNAL_FIRM");
        assertThat(evaluation.getString("evaluators")).contains("Romain Pasquier", "François Ferrere");
        assertThat(evaluation.getString("start")).isEqualTo("2013-09-01");
        assertThat(evaluation.getString("end")).isEqualTo("2014-02-28");
        assertThat(evaluation.getString("summary")).contains("la conviction d'une grande utilité de ces Ateliers");
        assertThat(ids(evaluation.getJsonArray("steeringCommittee").getValuesAs(JsonNumber.class)))
                .containsExactlyInAnyOrder(evaluations().accountOf(DemoAccounts.POLE),
                        evaluations().accountOf(DemoAccounts.ELECTED));

        List<JsonObject> interviews = array("api/evaluations/" + id + "/interviews", DemoAccounts.POLE);
        assertThat(interviews).hasSize(11);
        Map<String, Long> byCategory = interviews.stream()
                .collect(Collectors.groupingBy(i -> i.getString("category"), Collectors.counting()));
        assertThat(byCategory).containsOnly(Map.entry("ELECTED_OFFICIAL", 3L), Map.entry("DEPUTY_GENERAL_DIRECTOR", 2L),
                Map.entry("DIRECTOR", 6L));
        assertThat(interviews).allSatisfy(i -> {
            assertThat(LocalDate.parse(i.getString("interviewedOn")))
                    .isBetween(LocalDate.of(2013, 9, 1), LocalDate.of(2013, 10, 31));
            assertThat(i.getString("interviewer")).isEqualTo("François Ferrere");
            assertThat(i.getString("intervieweeName")).as("the pôle reads the name").isNotBlank();
        });

        List<JsonObject> questions = array("api/evaluations/" + id + "/questions", DemoAccounts.ELECTED_2);
        assertThat(questions).hasSize(4).allSatisfy(q -> {
            assertThat(q.getJsonArray("criteria")).isNotEmpty();
            assertThat(q.getString("finding")).isNotBlank();
        });
        assertThat(questions.get(0).getString("text")).isEqualTo("Quels apports des Ateliers prospectifs dans la gouvernance locale ?");
        assertThat(questions.get(3).getString("finding")).contains("société locale");
    }

    @Test
    void elu_on_the_steering_committee_reads_the_quotes_by_category_only_and_elu2_is_refused() {
        long id = evaluation(ATELIERS);
        List<String> names = array("api/evaluations/" + id + "/interviews", DemoAccounts.POLE).stream()
                .map(i -> i.getString("intervieweeName")).toList();

        HttpResponse<String> quotes = api().get("api/evaluations/" + id + "/quotes?size=500", DemoAccounts.ELECTED);
        assertThat(quotes.statusCode()).isEqualTo(200);
        assertThat(quotes.body()).doesNotContain(names).doesNotContain("intervieweeName");
        List<JsonObject> items = JsonBodies.object(quotes.body()).getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(items).hasSizeGreaterThanOrEqualTo(12).allSatisfy(q -> {
            assertThat(q.getString("category")).isIn("ELECTED_OFFICIAL", "DEPUTY_GENERAL_DIRECTOR", "DIRECTOR");
            assertThat(q.getJsonArray("themes")).isNotEmpty();
            assertThat(q.getJsonArray("questionIds")).isNotEmpty();
        });
        assertThat(items).filteredOn(q -> q.getString("text").startsWith("J'ai vraiment eu l'impression de sortir plus intelligente"))
                .singleElement().satisfies(q -> assertThat(q.getString("category")).isEqualTo("ELECTED_OFFICIAL"));
        List<JsonObject> civilSociety = JsonBodies.object(get("api/evaluations/" + id + "/quotes?theme="
                + URLEncoder.encode("société civile", StandardCharsets.UTF_8), DemoAccounts.ELECTED))
                .getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(civilSociety).singleElement()
                .satisfies(q -> assertThat(q.getString("category")).isEqualTo("DEPUTY_GENERAL_DIRECTOR"));
        HttpResponse<String> interviews = api().get("api/evaluations/" + id + "/interviews", DemoAccounts.ELECTED);
        assertThat(interviews.statusCode()).isEqualTo(200);
        assertThat(interviews.body()).doesNotContain(names);

        for (String outsider : List.of(DemoAccounts.ELECTED_2, DemoAccounts.DIRECTORATE, DemoAccounts.PARTICIPANT)) {
            HttpResponse<String> refused = api().get("api/evaluations/" + id + "/quotes", outsider);
            assertThat(refused.statusCode()).as(outsider).isEqualTo(403);
            assertThat(refused.body()).doesNotContain("intelligente");
            assertThat(api().get("api/evaluations/" + id + "/interviews", outsider).statusCode()).as(outsider).isEqualTo(403);
        }
    }

    @Test
    void the_seeds_four_recommendations_are_followed_up_and_the_culture_directorates_is_overdue() {
        long id = evaluation(ATELIERS);
        List<JsonObject> recommendations = array("api/evaluations/" + id + "/recommendations", DemoAccounts.ELECTED_2);
        assertThat(recommendations).extracting(r -> r.getString("text")).containsExactly(
                "Poursuivre et renforcer le dispositif, en particulier dans un contexte de renouvellement des élus",
                "Assumer la distinction entre des Ateliers « Grands enjeux » et des Ateliers « Politiques publiques »",
                "Travailler l'articulation avec l'échelle métropolitaine, en particulier sur les Ateliers « Grands enjeux »",
                "Ouvrir les Ateliers à des représentants de la société civile");
        assertThat(recommendations).extracting(r -> r.getString("status"))
                .containsExactly("DONE", "DONE", "PLANNED", "IN_PROGRESS");
        assertThat(recommendations).allSatisfy(r -> {
            assertThat(r.getString("ownerLabel")).isNotBlank();
            assertThat(r.getString("dueDate")).isNotBlank();
            assertThat(r.getString("followUpComment")).isNotBlank();
        });
        long culture = evaluations().directorateOf(DemoAccounts.DIRECTORATE);
        assertThat(recommendations).filteredOn(r -> r.getBoolean("overdue")).singleElement().satisfies(r -> {
            assertThat(r.getString("text")).isEqualTo("Ouvrir les Ateliers à des représentants de la société civile");
            assertThat(r.getJsonNumber("ownerDirectorateId").longValue()).isEqualTo(culture);
        });

        List<JsonObject> directorates = JsonBodies.object(get("api/evaluation-recommendations?size=500&directorateId=" + culture,
                DemoAccounts.DIRECTORATE)).getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(directorates).filteredOn(r -> r.getJsonNumber("evaluationId").longValue() == id)
                .singleElement().satisfies(r -> assertThat(r.getBoolean("overdue")).isTrue());
    }

    @Test
    void this_years_evaluation_measures_the_on_time_rate_from_the_dialogue_programmes() {
        long id = evaluation(RESPONSE);
        JsonObject evaluation = object("api/evaluations/" + id, DemoAccounts.POLE);
        int year = LocalDate.now(ZoneId.of("Europe/Paris")).getYear();
        assertThat(evaluation.getInt("programmeYear")).isEqualTo(year);
        assertThat(evaluation.getString("status")).isIn("DATA_COLLECTION", "ANALYSIS");
        assertThat(evaluation.getString("type")).isEqualTo("MID_TERM");
        assertThat(evaluation.getBoolean("participatory")).isTrue();
        assertThat(array("api/evaluations/" + id + "/questions", DemoAccounts.ELECTED_2)).hasSizeBetween(2, 3);

        Map<String, JsonObject> indicators = array("api/evaluations/" + id + "/indicators", DemoAccounts.ELECTED_2).stream()
                .collect(Collectors.toMap(i -> i.getString("unit"), i -> i));
        JsonObject rate = indicators.get("%");
        assertThat(rate.getJsonNumber("baseline").bigDecimalValue()).isEqualByComparingTo("60");
        assertThat(rate.getJsonNumber("target").bigDecimalValue()).isEqualByComparingTo("90");
        List<JsonObject> measurements = rate.getJsonArray("measurements").getValuesAs(JsonObject.class);
        assertThat(measurements).hasSize(3).extracting(m -> LocalDate.parse(m.getString("measuredOn")).getYear())
                .containsExactly(year - 2, year - 1, year);
        JsonObject lastYear = JsonBodies.object(get("api/commitment?size=500", DemoAccounts.POLE)).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(c -> c.getInt("year") == year - 1).findFirst().orElseThrow();
        BigDecimal lastYearsRate = BigDecimal.valueOf(lastYear.getJsonNumber("onTimeRate").doubleValue() * 100)
                .setScale(1, RoundingMode.HALF_UP);
        assertThat(measurements.get(1).getJsonNumber("value").bigDecimalValue()).as("last year's programme, as the dashboard counts it")
                .isEqualByComparingTo(lastYearsRate);
        assertThat(indicators.get("préconisations").getJsonArray("measurements").getValuesAs(JsonObject.class).get(0)
                .getJsonNumber("value").longValue())
                .isEqualTo(lastYear.getJsonNumber("answeredOnTime").longValue() + lastYear.getJsonNumber("answeredLate").longValue());

        List<JsonObject> interviews = array("api/evaluations/" + id + "/interviews", DemoAccounts.DIRECTORATE);
        assertThat(interviews).extracting(i -> i.getString("category")).contains("CITIZEN", "AGENT", "PARTNER");
        assertThat(JsonBodies.object(get("api/evaluations/" + id + "/quotes", DemoAccounts.DIRECTORATE)).getJsonArray("items"))
                .isNotEmpty();
        assertThat(api().get("api/evaluations/" + id + "/quotes", DemoAccounts.ELECTED).statusCode())
                .as("elu is not on this steering committee").isEqualTo(403);
    }

    @Test
    void the_evaluation_the_elderly_workshop_commissioned_names_it_and_the_workshop_lists_it() {
        long id = evaluation(COMMISSIONED);
        JsonObject workshop = JsonBodies.object(get("api/workshops?size=500", DemoAccounts.POLE)).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(w -> w.getString("title").equals(ELDERLY_WORKSHOP))
                .findFirst().orElseThrow();
        long workshopId = workshop.getJsonNumber("id").longValue();

        JsonObject evaluation = object("api/evaluations/" + id, DemoAccounts.ELECTED_2);
        assertThat(evaluation.getString("status")).isEqualTo("FRAMING");
        assertThat(evaluation.getString("origin")).isEqualTo("WORKSHOP:" + workshopId);
        assertThat(evaluation.getString("originLabel")).isEqualTo(ELDERLY_WORKSHOP);
        long commissionId = evaluation.getJsonNumber("commissionId").longValue();

        List<JsonObject> commissions = array("api/workshops/" + workshopId + "/commissions", DemoAccounts.POLE);
        assertThat(commissions).filteredOn(c -> c.getJsonNumber("id").longValue() == commissionId).singleElement()
                .satisfies(c -> {
                    assertThat(c.getString("kind")).isEqualTo("EVALUATION");
                    assertThat(c.getString("target")).isEqualTo("EVALUATION:" + id);
                    assertThat(c.getString("title")).isEqualTo(COMMISSIONED);
                });
    }

    /** The demo evaluation with that title, found in the list every account reads. */
    private long evaluation(String title) {
        return JsonBodies.object(get("api/evaluations?size=500", DemoAccounts.PARTICIPANT)).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(e -> e.getString("title").equals(title))
                .findFirst().orElseThrow(() -> new AssertionError("no evaluation " + title)).getJsonNumber("id").longValue();
    }

    private static List<Long> ids(List<JsonNumber> numbers) {
        return numbers.stream().map(JsonNumber::longValue).toList();
    }

    private JsonObject object(String path, String username) {
        return JsonBodies.object(get(path, username));
    }

    private List<JsonObject> array(String path, String username) {
        return JsonBodies.array(get(path, username)).getValuesAs(JsonObject.class);
    }

    private String get(String path, String username) {
        HttpResponse<String> response = api().get(path, username);
        assertThat(response.statusCode()).as("GET " + path + " as " + username).isEqualTo(200);
        return response.body();
    }
}
