package org.fabrique.web.it.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;
import org.fabrique.web.it.Api;
import org.fabrique.web.it.DemoAccounts;
import org.fabrique.web.it.JsonBodies;

/** The steps of a programme year through the API, for the tests to combine. */
public final class DialogueApi {

    public static final String JSON = "application/json";
    /** Each test opens programmes of its own years: 2040 to 2100 first (the domain's last year), then the earlier ones. */
    private static final AtomicInteger NEXT_YEAR = new AtomicInteger();
    private static final int[] YEARS = freeYears();
    /** Projects of validated programmes, each handed to one test only; see {@link #pooledProject()}. */
    private static final int POOL_SIZE = 6;
    private static final java.util.Deque<JsonObject> POOL = new java.util.ArrayDeque<>();
    private static long sharedProgramme;

    private final Api api;

    public DialogueApi(Api api) {
        this.api = api;
    }

    public static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Paris"));
    }

    public static int newYear() {
        int next = NEXT_YEAR.getAndIncrement();
        if (next >= YEARS.length) {
            throw new IllegalStateException("the tests have used every programme year from 2000 to 2100");
        }
        return YEARS[next];
    }

    /** Every year a programme may have, but the demo's (last year, this year, next year), 2040 onwards first. */
    private static int[] freeYears() {
        int now = today().getYear();
        return java.util.stream.IntStream.concat(java.util.stream.IntStream.rangeClosed(2040, 2100),
                        java.util.stream.IntStream.range(2000, 2040))
                .filter(year -> year < now - 1 || year > now + 1)
                .toArray();
    }

    public JsonObject openProgramme(LocalDate opens, LocalDate closes, int targetMin, int targetMax) {
        return openProgramme(opens, closes, targetMin, targetMax, 90);
    }

    public JsonObject openProgramme(LocalDate opens, LocalDate closes, int targetMin, int targetMax, int answerDelayDays) {
        HttpResponse<String> response = api.post("api/programmes", DemoAccounts.POLE, JSON, String.format(
                "{\"year\":%d,\"submissionOpens\":\"%s\",\"submissionCloses\":\"%s\",\"targetMin\":%d,\"targetMax\":%d,\"answerDelayDays\":%d}",
                newYear(), opens, closes, targetMin, targetMax, answerDelayDays));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JsonBodies.object(response.body());
    }

    public JsonObject openProgrammeAcceptingToday() {
        return openProgramme(today().minusDays(1), today().plusDays(30), 1, 2);
    }

    /**
     * The id of one programme accepting candidates today, shared by every test that drafts, submits, studies or
     * arbitrates candidates without looking at the programme as a whole (its totals, its validation): there are
     * only a hundred programme years for the whole suite.
     */
    public long sharedProgrammeAcceptingToday() {
        synchronized (DialogueApi.class) {
            if (sharedProgramme == 0) {
                sharedProgramme = openProgrammeAcceptingToday().getJsonNumber("id").longValue();
            }
            return sharedProgramme;
        }
    }

    public HttpResponse<String> draft(long programmeId, String username, String body) {
        return api.post("api/programmes/" + programmeId + "/candidates", username, JSON, body);
    }

    public JsonObject draftComplete(long programmeId, String username) {
        HttpResponse<String> response = draft(programmeId, username, completeCandidate("Nouvelle mairie de quartier"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JsonBodies.object(response.body());
    }

    public String completeCandidate(String title) {
        long policy = firstId("api/policies");
        return "{\"title\":\"" + title + "\",\"summary\":\"Co-concevoir la future mairie avec les habitants.\","
                + "\"policyId\":" + policy + ",\"scale\":\"CITY\",\"stakes\":\"Un équipement de proximité attendu.\","
                + "\"levers\":\"Programme architectural encore ouvert.\",\"participationLevel\":\"CO_CONSTRUCTION\","
                + "\"methods\":[\"CO_CONSTRUCTION_WORKSHOP\",\"SERVICE_DESIGN\"],\"publics\":\"Habitants, agents, élus\","
                + "\"calendar\":\"Novembre à janvier\",\"budget\":25000}";
    }

    public HttpResponse<String> submit(long candidateId, String username) {
        return api.post("api/candidates/" + candidateId + "/submission", username, JSON, "{}");
    }

    public HttpResponse<String> feasibility(long candidateId, String username, String opinion) {
        return put("api/candidates/" + candidateId + "/feasibility", username, Api.withVersion("{\"criteria\":["
                + "{\"criterion\":\"HIGH_STAKES\",\"assessment\":\"FAVOURABLE\",\"comment\":\"Attendu de longue date\"},"
                + "{\"criterion\":\"SUPPORT_AND_OPENNESS\",\"assessment\":\"FAVOURABLE\",\"comment\":\"Élue de quartier moteur\"},"
                + "{\"criterion\":\"LEVERS_OF_ACTION\",\"assessment\":\"RESERVATIONS\",\"comment\":\"Budget contraint\"},"
                + "{\"criterion\":\"RESOURCES_AND_CALENDAR\",\"assessment\":\"FAVOURABLE\",\"comment\":\"Prestataire prévu\"}],"
                + "\"opinion\":\"" + opinion + "\",\"comment\":\"Faisable avec un cadrage du budget\"}", candidateVersion(candidateId)));
    }

    public HttpResponse<String> arbitrate(long candidateId, String username, String decision) {
        return put("api/candidates/" + candidateId + "/arbitration", username, Api.withVersion(
                "{\"decision\":\"" + decision + "\",\"reason\":\"Projet structurant pour le quartier\"}", candidateVersion(candidateId)));
    }

    /** The candidate's current version, read by the pôle. */
    public long candidateVersion(long candidateId) {
        return JsonBodies.object(api.get("api/candidates/" + candidateId, DemoAccounts.POLE).body()).getJsonNumber("version").longValue();
    }

    /** The recommendation's current version, read by the pôle. */
    public long recommendationVersion(long recommendationId) {
        return JsonBodies.object(api.get("api/recommendations/" + recommendationId, DemoAccounts.POLE).body())
                .getJsonNumber("version").longValue();
    }

    /** The recommendation as the pôle reads it. */
    public JsonObject recommendation(long recommendationId) {
        HttpResponse<String> response = api.get("api/recommendations/" + recommendationId, DemoAccounts.POLE);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JsonBodies.object(response.body());
    }

    /** Answers the recommendation as that account, sending its current version with the answer's JSON. */
    public HttpResponse<String> answer(long recommendationId, String username, String body) {
        return put("api/recommendations/" + recommendationId + "/answer", username,
                Api.withVersion(body, recommendationVersion(recommendationId)));
    }

    /** A candidate taken through submission, study and arbitration. */
    public JsonObject arbitrated(long programmeId, String decision) {
        long id = draftComplete(programmeId, DemoAccounts.DIRECTORATE).getJsonNumber("id").longValue();
        assertThat(submit(id, DemoAccounts.DIRECTORATE).statusCode()).isEqualTo(200);
        assertThat(feasibility(id, DemoAccounts.POLE, "FEASIBLE").statusCode()).isEqualTo(200);
        HttpResponse<String> response = arbitrate(id, DemoAccounts.ELECTED, decision);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JsonBodies.object(response.body());
    }

    public HttpResponse<String> validate(long programmeId, String username, String justification) {
        return api.post("api/programmes/" + programmeId + "/validation", username, JSON,
                justification == null ? "{}" : "{\"justification\":\"" + justification + "\"}");
    }

    /** A validated programme with one dialogue project of the demo's "direction". */
    public JsonObject validatedProject() {
        return validatedProject(90);
    }

    /**
     * A validated project of "direction" that no other test receives, in a programme it shares with a few others:
     * for tests about one project (its sessions, its recommendations), not about its programme's figures.
     */
    public JsonObject pooledProject() {
        synchronized (DialogueApi.class) {
            if (POOL.isEmpty()) {
                long programme = openProgramme(today().minusDays(1), today().plusDays(30), 1, POOL_SIZE)
                        .getJsonNumber("id").longValue();
                for (int i = 0; i < POOL_SIZE; i++) {
                    arbitrated(programme, "RETAINED");
                }
                assertThat(validate(programme, DemoAccounts.ELECTED, null).statusCode()).isEqualTo(200);
                JsonBodies.object(api.get("api/programmes/" + programme + "/projects?size=" + POOL_SIZE, DemoAccounts.PARTICIPANT)
                        .body()).getJsonArray("items").getValuesAs(JsonObject.class).forEach(POOL::add);
                assertThat(POOL).hasSize(POOL_SIZE);
            }
            return POOL.poll();
        }
    }

    /** A validated programme committing to answer within {@code answerDelayDays}, with one project of "direction". */
    public JsonObject validatedProject(int answerDelayDays) {
        long programme = openProgramme(today().minusDays(1), today().plusDays(30), 1, 2, answerDelayDays)
                .getJsonNumber("id").longValue();
        arbitrated(programme, "RETAINED");
        assertThat(validate(programme, DemoAccounts.ELECTED, null).statusCode()).isEqualTo(200);
        return JsonBodies.object(api.get("api/programmes/" + programme + "/projects", DemoAccounts.PARTICIPANT).body())
                .getJsonArray("items").getJsonObject(0);
    }

    public long directorateOf(String username) {
        return JsonBodies.object(api.get("api/me", username).body()).getJsonNumber("directorateId").longValue();
    }

    public HttpResponse<String> put(String path, String username, String body) {
        return api.send(api.request(path, username).header("Content-Type", JSON)
                .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    private long firstId(String path) {
        return JsonBodies.object(api.get(path + "?size=1", DemoAccounts.POLE).body())
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
    }
}
