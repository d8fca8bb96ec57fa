package org.fabrique.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.fabrique.web.failing.FailingOnceResource;
import org.fabrique.web.it.dialogue.DialogueApi;
import org.fabrique.web.it.evaluation.EvaluationApi;
import org.fabrique.web.it.notifications.Mailboxes;
import org.fabrique.web.it.prospective.ProspectiveApi;
import org.fabrique.web.it.publication.PublicContent;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Exactly once under retries. A POST sent with an Idempotency-Key creates one record however often it
 * is sent, even 50 times at once: every answer is the first one (201, same body, same Location); another
 * request under the same key gets 422, a malformed key 400; a refused or failed request frees its key.
 * And the actions that must happen once (submission, publication, charter, adoption, report publication)
 * leave one effect when 50 requests race, without a key. The WAR is the real one plus an endpoint that
 * fails on its first attempt.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IdempotencyIT {

    private static final int PARALLEL = 50;
    private static final String KEY = "Idempotency-Key";
    private static final String CLAIRE = "claire.morel@demo.fabrique.test";

    @RegisterExtension
    static final GreenMailExtension SMTP = Mailboxes.smtpServer();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.fabrique().addClasses(FailingOnceResource.class);
    }

    @ArquillianResource
    URL base;

    private Api api() {
        return new Api(base);
    }

    private HttpRequest post(Api api, String path, String username, String body, String key) {
        HttpRequest.Builder request = api.request(path, username).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (key != null) {
            request.header(KEY, key);
        }
        return request.build();
    }

    /** Sends the requests all at once, each from its own thread; their answers. */
    private static List<Timed> parallel(Api api, Supplier<HttpRequest> request) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(PARALLEL);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Timed>> sent = new ArrayList<>();
            for (int i = 0; i < PARALLEL; i++) {
                HttpRequest one = request.get();
                sent.add(threads.submit(() -> {
                    start.await();
                    HttpResponse<String> response = api.send(one);
                    return new Timed(response, Instant.now());
                }));
            }
            start.countDown();
            List<Timed> answers = new ArrayList<>();
            for (Future<Timed> answer : sent) {
                answers.add(answer.get());
            }
            return answers;
        } finally {
            threads.shutdownNow();
        }
    }

    /** An answer and when it arrived. */
    private record Timed(HttpResponse<String> response, Instant arrived) {

        int status() {
            return response.statusCode();
        }
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse(null);
    }

    private static boolean replayed(HttpResponse<String> response) {
        return response.headers().firstValue("Idempotent-Replayed").orElse("").equals("true");
    }

    private int total(String path, String username) {
        HttpResponse<String> list = api().get(path, username);
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        return JsonBodies.object(list.body()).getInt("total");
    }

    private static void allTheSame201(List<Timed> answers) {
        assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.response().body()).isEqualTo(201));
        assertThat(answers.stream().map(a -> a.response().body()).distinct()).hasSize(1);
        assertThat(answers.stream().map(a -> location(a.response())).distinct()).singleElement().isNotNull();
        assertThat(answers.stream().filter(a -> replayed(a.response()))).as("replayed answers").hasSize(PARALLEL - 1);
    }

    @Test
    void fifty_identical_candidate_posts_with_one_key_create_one_and_a_later_retry_gets_the_first_answer() throws Exception {
        Api api = api();
        DialogueApi dialogue = new DialogueApi(api);
        long programme = dialogue.sharedProgrammeAcceptingToday();
        String path = "api/programmes/" + programme + "/candidates";
        int before = total(path, DemoAccounts.POLE);
        String key = UUID.randomUUID().toString();
        String body = dialogue.completeCandidate("Une seule fois");

        List<Timed> answers = parallel(api, () -> post(api, path, DemoAccounts.DIRECTORATE, body, key));

        allTheSame201(answers);
        assertThat(total(path, DemoAccounts.POLE)).isEqualTo(before + 1);
        HttpResponse<String> first = answers.stream().filter(a -> !replayed(a.response())).findFirst().orElseThrow().response();
        long id = JsonBodies.object(first.body()).getJsonNumber("id").longValue();
        assertThat(location(first)).endsWith("/api/candidates/" + id);

        HttpResponse<String> retry = api.send(post(api, path, DemoAccounts.DIRECTORATE, body, "\"" + key + "\""));
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(location(retry)).isEqualTo(location(first));
        assertThat(replayed(retry)).isTrue();
        assertThat(retry.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(total(path, DemoAccounts.POLE)).isEqualTo(before + 1);
    }

    @Test
    void fifty_identical_amendments_with_one_key_make_one_amendment() throws Exception {
        Api api = api();
        long workshop = new ProspectiveApi(api).workshopWithVersion();
        String path = "api/workshops/" + workshop + "/amendments";
        String key = UUID.randomUUID().toString();
        String body = "{\"chapter\":\"RECOMMENDATIONS\",\"passage\":\"Un guichet unique en mairie\","
                + "\"proposedText\":\"Un guichet par quartier\",\"rationale\":\"Une seule fois\"}";

        List<Timed> answers = parallel(api, () -> post(api, path, DemoAccounts.PARTICIPANT, body, key));

        allTheSame201(answers);
        assertThat(total(path, DemoAccounts.POLE)).isEqualTo(1);
    }

    @Test
    void fifty_identical_evaluation_questions_with_one_key_make_one_question() throws Exception {
        Api api = api();
        long evaluation = new EvaluationApi(api).frame();
        String path = "api/evaluations/" + evaluation + "/questions";
        String key = UUID.randomUUID().toString();
        String body = "{\"text\":\"Les ateliers ont-ils éclairé les élus ?\",\"criteria\":[\"EFFECTIVENESS\"]}";

        List<Timed> answers = parallel(api, () -> post(api, path, DemoAccounts.POLE, body, key));

        allTheSame201(answers);
        assertThat(JsonBodies.array(api.get(path, DemoAccounts.POLE).body())).hasSize(1);
    }

    @Test
    void without_a_key_each_post_counts() {
        Api api = api();
        DialogueApi dialogue = new DialogueApi(api);
        long programme = dialogue.sharedProgrammeAcceptingToday();
        String path = "api/programmes/" + programme + "/candidates";
        int before = total(path, DemoAccounts.POLE);
        String body = dialogue.completeCandidate("Deux fois");

        HttpResponse<String> first = api.send(post(api, path, DemoAccounts.DIRECTORATE, body, null));
        HttpResponse<String> second = api.send(post(api, path, DemoAccounts.DIRECTORATE, body, null));

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(second.statusCode()).isEqualTo(201);
        assertThat(location(second)).isNotEqualTo(location(first));
        assertThat(replayed(second)).isFalse();
        assertThat(total(path, DemoAccounts.POLE)).isEqualTo(before + 2);
    }

    @Test
    void the_same_key_for_another_body_or_path_is_refused_with_422_and_changes_nothing() {
        Api api = api();
        DialogueApi dialogue = new DialogueApi(api);
        long programme = dialogue.sharedProgrammeAcceptingToday();
        long other = dialogue.openProgrammeAcceptingToday().getJsonNumber("id").longValue();
        String key = UUID.randomUUID().toString();
        int before = total("api/programmes/" + programme + "/candidates", DemoAccounts.POLE);
        String body = dialogue.completeCandidate("Premier usage");
        assertThat(api.send(post(api, "api/programmes/" + programme + "/candidates", DemoAccounts.DIRECTORATE, body, key))
                .statusCode()).isEqualTo(201);

        HttpResponse<String> otherBody = api.send(post(api, "api/programmes/" + programme + "/candidates",
                DemoAccounts.DIRECTORATE, dialogue.completeCandidate("Autre projet"), key));
        HttpResponse<String> otherPath = api.send(post(api, "api/programmes/" + other + "/candidates",
                DemoAccounts.DIRECTORATE, body, key));

        for (HttpResponse<String> refused : List.of(otherBody, otherPath)) {
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
            assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            JsonObject problem = JsonBodies.object(refused.body());
            assertThat(problem.getInt("status")).isEqualTo(422);
            assertThat(problem.getString("detail")).contains("Idempotency-Key").contains("another request");
        }
        assertThat(total("api/programmes/" + programme + "/candidates", DemoAccounts.POLE)).isEqualTo(before + 1);
        assertThat(total("api/programmes/" + other + "/candidates", DemoAccounts.POLE)).isZero();
    }

    @Test
    void another_account_with_the_same_key_gets_its_own_record() {
        Api api = api();
        DialogueApi dialogue = new DialogueApi(api);
        long programme = dialogue.sharedProgrammeAcceptingToday();
        String path = "api/programmes/" + programme + "/candidates";
        int before = total(path, DemoAccounts.POLE);
        int sportsBefore = total(path, DemoAccounts.DIRECTORATE_2);
        String key = UUID.randomUUID().toString();
        String body = dialogue.completeCandidate("Même clé");

        HttpResponse<String> culture = api.send(post(api, path, DemoAccounts.DIRECTORATE, body, key));
        HttpResponse<String> sports = api.send(post(api, path, DemoAccounts.DIRECTORATE_2, body, key));

        assertThat(culture.statusCode()).isEqualTo(201);
        assertThat(sports.statusCode()).as(sports.body()).isEqualTo(201);
        assertThat(replayed(sports)).isFalse();
        assertThat(location(sports)).isNotEqualTo(location(culture));
        assertThat(total(path, DemoAccounts.POLE)).isEqualTo(before + 2);
        assertThat(total(path, DemoAccounts.DIRECTORATE_2)).isEqualTo(sportsBefore + 1);
    }

    @Test
    void a_malformed_key_is_refused_with_400_naming_the_header_and_changes_nothing() {
        Api api = api();
        DialogueApi dialogue = new DialogueApi(api);
        long programme = dialogue.sharedProgrammeAcceptingToday();
        String path = "api/programmes/" + programme + "/candidates";
        int before = total(path, DemoAccounts.POLE);
        String body = dialogue.completeCandidate("Clé invalide");

        for (String malformed : List.of("", "k".repeat(256), "a\tb", "clé")) {
            HttpResponse<String> refused = api.send(post(api, path, DemoAccounts.DIRECTORATE, body, malformed));

            assertThat(refused.statusCode()).as("key '" + malformed + "': " + refused.body()).isEqualTo(400);
            assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            JsonObject problem = JsonBodies.object(refused.body());
            assertThat(problem.getString("detail")).contains("Idempotency-Key");
            assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("Idempotency-Key");
        }
        assertThat(total(path, DemoAccounts.POLE)).isEqualTo(before);
        assertThat(api.send(post(api, path, DemoAccounts.DIRECTORATE, body, "k".repeat(255))).statusCode()).isEqualTo(201);
    }

    @Test
    void a_refused_request_frees_its_key_for_the_corrected_one() {
        Api api = api();
        DialogueApi dialogue = new DialogueApi(api);
        long programme = dialogue.sharedProgrammeAcceptingToday();
        String path = "api/programmes/" + programme + "/candidates";
        int before = total(path, DemoAccounts.POLE);
        String key = UUID.randomUUID().toString();

        HttpResponse<String> invalid = api.send(post(api, path, DemoAccounts.DIRECTORATE, "{\"title\":\"\"}", key));
        assertThat(invalid.statusCode()).isEqualTo(400);
        HttpResponse<String> forbidden = api.send(post(api, path, DemoAccounts.POLE, "{\"title\":\"Intrus\"}", key));
        assertThat(forbidden.statusCode()).isEqualTo(403);

        HttpResponse<String> corrected = api.send(post(api, path, DemoAccounts.DIRECTORATE, "{\"title\":\"Corrigé\"}", key));
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(201);
        assertThat(replayed(corrected)).isFalse();
        HttpResponse<String> pole = api.send(post(api, "api/cycles", DemoAccounts.POLE, "{\"name\":\"Cycle " + key
                + "\",\"start\":\"2041-01-01\",\"end\":\"2041-12-31\"}", key));
        assertThat(pole.statusCode()).as("the pôle's 403 kept nothing under its key").isEqualTo(201);
        assertThat(total(path, DemoAccounts.POLE)).isEqualTo(before + 1);
    }

    @Test
    void a_server_error_frees_the_key_so_that_a_retry_runs_again_and_its_success_is_kept() {
        Api api = api();
        String path = "api/test-failing-once/" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();

        HttpResponse<String> failed = api.send(post(api, path, DemoAccounts.POLE, "{}", key));
        HttpResponse<String> retried = api.send(post(api, path, DemoAccounts.POLE, "{}", key));
        HttpResponse<String> again = api.send(post(api, path, DemoAccounts.POLE, "{}", key));

        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(retried.statusCode()).as(retried.body()).isEqualTo(201);
        assertThat(JsonBodies.object(retried.body()).getInt("attempt")).isEqualTo(2);
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(retried.body());
        assertThat(replayed(again)).isTrue();
    }

    // The actions that must happen once, 50 requests racing without a key: one succeeds, the others are
    // told of the conflict (409), never a server error; one change in the record's history.

    private static void oneSuccessTheOthers409(List<Timed> answers) {
        assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.response().body()).isIn(200, 409));
        assertThat(answers.stream().filter(a -> a.status() == 200)).hasSize(1);
    }

    @Test
    void fifty_submissions_of_a_candidate_submit_it_once_with_one_history_entry_and_one_mail() throws Exception {
        Api api = api();
        DialogueApi dialogue = new DialogueApi(api);
        long programme = dialogue.sharedProgrammeAcceptingToday();
        String title = "Soumis une fois " + System.nanoTime();
        long id = JsonBodies.object(dialogue.draft(programme, DemoAccounts.DIRECTORATE, dialogue.completeCandidate(title)).body())
                .getJsonNumber("id").longValue();

        List<Timed> answers = parallel(api, () -> post(api, "api/candidates/" + id + "/submission", DemoAccounts.DIRECTORATE,
                "{}", null));

        oneSuccessTheOthers409(answers);
        assertThat(JsonBodies.object(api.get("api/candidates/" + id, DemoAccounts.POLE).body()).getString("status"))
                .isEqualTo("SUBMITTED");
        assertThat(total("api/candidates/" + id + "/history", DemoAccounts.POLE)).as("created, then submitted").isEqualTo(2);
        String subject = "Projet candidat déposé : " + title;
        assertThat(Mailboxes.await(SMTP, CLAIRE, m -> m.subject().equals(subject), 1)).hasSize(1);
        Thread.sleep(8000); // more than two mail runs (every 3 s in the tests)
        assertThat(Mailboxes.matching(SMTP, CLAIRE, m -> m.subject().equals(subject))).hasSize(1);
    }

    @Test
    void fifty_publications_of_an_answer_publish_it_once() throws Exception {
        Api api = api();
        // a demo recommendation its directorate answered and the pôle has not published yet
        long id = JsonBodies.object(api.get("api/recommendations?size=500", DemoAccounts.POLE).body()).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("status").equals("ANSWERED") && !r.getBoolean("published"))
                .map(r -> r.getJsonNumber("id").longValue()).findFirst().orElseThrow();
        int before = total("api/recommendations/" + id + "/history", DemoAccounts.POLE);

        List<Timed> answers = parallel(api, () -> post(api, "api/recommendations/" + id + "/publication", DemoAccounts.POLE,
                "{}", null));

        oneSuccessTheOthers409(answers);
        assertThat(total("api/recommendations/" + id + "/history", DemoAccounts.POLE)).isEqualTo(before + 1);
    }

    @Test
    void fifty_acknowledgements_of_the_charter_record_it_once_at_the_first_ones_moment() throws Exception {
        Api api = api();
        ProspectiveApi prospective = new ProspectiveApi(api);
        long workshop = prospective.workshop(prospective.newCycle()).getJsonNumber("id").longValue();
        String path = "api/workshops/" + workshop + "/charter";

        List<Timed> answers = parallel(api, () -> post(api, path, DemoAccounts.DIRECTORATE, "", null));

        assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.response().body()).isEqualTo(200));
        long person = prospective.personOf(DemoAccounts.DIRECTORATE);
        JsonObject member = JsonBodies.array(api.get("api/workshops/" + workshop + "/participants", DemoAccounts.POLE).body())
                .getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getJsonNumber("personId").longValue() == person).findFirst().orElseThrow();
        Instant acknowledged = Instant.parse(member.getString("charterAcknowledgedAt"));
        Instant firstAnswer = answers.stream().map(Timed::arrived).min(Instant::compareTo).orElseThrow();
        assertThat(acknowledged).as("kept from the first acknowledgement, not moved by the next ones")
                .isBeforeOrEqualTo(firstAnswer);
    }

    @Test
    void fifty_adoptions_of_a_reference_document_adopt_it_once() throws Exception {
        Api api = api();
        long workshop = new ProspectiveApi(api).workshopWithVersion();
        long version = JsonBodies.object(api.get("api/workshops/" + workshop + "/document", DemoAccounts.POLE).body())
                .getJsonNumber("version").longValue();
        int before = total("api/workshops/" + workshop + "/document/history", DemoAccounts.POLE);

        List<Timed> answers = parallel(api, () -> post(api, "api/workshops/" + workshop + "/document/adoption",
                DemoAccounts.POLE, "{\"version\":" + version + "}", null));

        oneSuccessTheOthers409(answers);
        assertThat(JsonBodies.object(api.get("api/workshops/" + workshop, DemoAccounts.POLE).body()).getString("status"))
                .isEqualTo("ADOPTED");
        assertThat(total("api/workshops/" + workshop + "/document/history", DemoAccounts.POLE)).isEqualTo(before + 1);
    }

    @Test
    void fifty_publications_of_an_evaluation_report_publish_it_once() throws Exception {
        Api api = api();
        long evaluation = new PublicContent(api).reported("une fois").id();
        long version = new EvaluationApi(api).version(evaluation);
        assertThat(api.get("api/public/evaluations/" + evaluation, null).statusCode()).isEqualTo(404);

        List<Timed> answers = parallel(api, () -> post(api, "api/evaluations/" + evaluation + "/report-publication",
                DemoAccounts.POLE, "{\"version\":" + version + "}", null));

        oneSuccessTheOthers409(answers);
        assertThat(new EvaluationApi(api).version(evaluation)).as("one change of the evaluation").isEqualTo(version + 1);
        assertThat(api.get("api/public/evaluations/" + evaluation, null).statusCode()).isEqualTo(200);
    }
}
