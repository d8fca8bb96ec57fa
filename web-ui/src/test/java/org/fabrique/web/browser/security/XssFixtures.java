package org.fabrique.web.browser.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fabrique.web.it.Api;
import org.fabrique.web.it.DemoAccounts;
import org.fabrique.web.it.JsonBodies;
import org.fabrique.web.it.TestAccounts;
import org.fabrique.web.it.dialogue.DialogueApi;
import org.fabrique.web.it.evaluation.EvaluationApi;
import org.fabrique.web.it.prospective.ProspectiveApi;

/**
 * The records of the stored-XSS test, written through the API in a programme, an evaluation, a cycle and a
 * workshop of their own (and one participant account of their own): each free-text field holds a hostile but
 * valid payload whose markup names the field ({@code data-xss="cand.title"}), so that a page where it became
 * markup says which field leaked. What was stored and what was refused is kept, field by field.
 */
final class XssFixtures {

    static final String JSON = "application/json";
    /** What a spreadsheet would run if a cell began with it unguarded. */
    static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"x\")";
    static final String FORMULA_FIELD = "rec.formula";

    private final Api api;
    private final DialogueApi dialogue;
    private final EvaluationApi evaluations;
    private final ProspectiveApi prospective;
    /** A word found in no other record, for the search: letters only, so that no tokenizer splits it. */
    final String run = "xss" + letters(8);

    /** Field → payload, as stored. */
    final Map<String, String> written = new LinkedHashMap<>();
    /** Field → the status and problem of the refusal. */
    final Map<String, String> refused = new LinkedHashMap<>();
    /** The payloads of the body being built, until its answer says whether they were stored. */
    private final Map<String, String> pending = new LinkedHashMap<>();

    long culture;
    long programmeId;
    int programmeYear;
    long candidateId;
    long projectId;
    long evaluationId;
    int evaluationYear;
    long cycleId;
    long workshopId;
    String hostileUsername;

    XssFixtures(Api api) {
        this.api = api;
        this.dialogue = new DialogueApi(api);
        this.evaluations = new EvaluationApi(api);
        this.prospective = new ProspectiveApi(api);
    }

    void writeAll() {
        culture = dialogue.directorateOf(DemoAccounts.DIRECTORATE);
        dialogue();
        evaluation();
        prospective();
    }

    boolean stored(String field) {
        return written.containsKey(field);
    }

    String payload(String field) {
        return written.get(field);
    }

    /**
     * The payload of a field of at most {@code max} characters, remembered as pending: the longest of three
     * forms that fits (a bold, a script, an image, quotes and an entity; the same without the script; an
     * italic alone). The field's name and the run's word come first, as text.
     */
    String p(String field, int max) {
        String mark = "data-xss=\"" + field + "\"";
        String full = field + " " + run + " X<b " + mark + ">b</b><script " + mark + ">document.title='owned'</script>"
                + "<img " + mark + " src=\"x\" alt=\"\">\"'&amp;";
        String medium = field + " " + run + " X<b " + mark + ">b</b><img " + mark + " src=\"x\" alt=\"\">\"'&amp;";
        String small = "<i " + mark + ">u</i>";
        String chosen = full.length() <= max ? full : medium.length() <= max ? medium : small;
        if (chosen.length() > max) {
            throw new IllegalArgumentException("no payload of " + field + " fits in " + max + " characters");
        }
        pending.put(field, chosen);
        return chosen;
    }

    // ---------------------------------------------------------------- citizen dialogue

    /**
     * A programme of its own year accepting today: a candidate of direction's with every text written, studied,
     * retained with a reason, the programme validated with a justification; its project's session, lessons, a
     * recommendation answered and published, and a second one whose text is a spreadsheet formula.
     */
    private void dialogue() {
        JsonObject programme = dialogue.openProgrammeAcceptingToday();
        programmeId = id(programme);
        programmeYear = programme.getInt("year");
        long policy = firstId("api/policies?size=1");

        JsonObject candidate = need(write("POST", "api/programmes/" + programmeId + "/candidates", DemoAccounts.DIRECTORATE,
                Json.createObjectBuilder().add("title", p("cand.title", 200)).add("summary", p("cand.summary", 4000))
                        .add("policyId", policy).add("scale", "CITY").add("stakes", p("cand.stakes", 4000))
                        .add("levers", p("cand.levers", 4000)).add("participationLevel", "CO_CONSTRUCTION")
                        .add("methods", Json.createArrayBuilder().add("CO_CONSTRUCTION_WORKSHOP"))
                        .add("publics", p("cand.publics", 2000)).add("calendar", p("cand.calendar", 2000))
                        .add("budget", 25000)));
        candidateId = id(candidate);
        step(dialogue.submit(candidateId, DemoAccounts.DIRECTORATE), 200);

        JsonArrayBuilder criteria = Json.createArrayBuilder();
        String[] names = {"HIGH_STAKES", "SUPPORT_AND_OPENNESS", "LEVERS_OF_ACTION", "RESOURCES_AND_CALENDAR"};
        for (int i = 0; i < names.length; i++) {
            criteria.add(Json.createObjectBuilder().add("criterion", names[i]).add("assessment", "FAVOURABLE")
                    .add("comment", p("feas.criterion" + (i + 1), 2000)));
        }
        need(write("PUT", "api/candidates/" + candidateId + "/feasibility", DemoAccounts.POLE, Json.createObjectBuilder()
                .add("criteria", criteria).add("opinion", "FEASIBLE").add("comment", p("feas.comment", 2000))
                .add("version", dialogue.candidateVersion(candidateId))));
        need(write("PUT", "api/candidates/" + candidateId + "/arbitration", DemoAccounts.ELECTED, Json.createObjectBuilder()
                .add("decision", "RETAINED").add("reason", p("arb.reason", 2000))
                .add("version", dialogue.candidateVersion(candidateId))));
        need(write("POST", "api/programmes/" + programmeId + "/validation", DemoAccounts.ELECTED, Json.createObjectBuilder()
                .add("justification", p("prog.justification", 4000))));

        HttpResponse<String> projects = api.get("api/programmes/" + programmeId + "/projects", DemoAccounts.POLE);
        assertThat(projects.statusCode()).as(projects.body()).isEqualTo(200);
        projectId = id(items(projects.body()).get(0));

        JsonObject session = need(write("POST", "api/projects/" + projectId + "/sessions", DemoAccounts.POLE,
                Json.createObjectBuilder().add("date", DialogueApi.today().toString()).add("place", p("session.place", 200))
                        .add("method", "CO_CONSTRUCTION_WORKSHOP").add("group", "RESIDENTS").add("participants", 24)
                        .add("themes", p("session.themes", 4000)).add("outputs", p("session.outputs", 4000))));
        long projectVersion = JsonBodies.object(api.get("api/projects/" + projectId, DemoAccounts.POLE).body())
                .getJsonObject("project").getJsonNumber("version").longValue();
        write("PUT", "api/projects/" + projectId + "/lessons", DemoAccounts.POLE, Json.createObjectBuilder()
                .add("lessons", p("project.lessons", 4000)).add("version", projectVersion));

        long recommendation = id(need(write("POST", "api/projects/" + projectId + "/recommendations", DemoAccounts.POLE,
                Json.createObjectBuilder().add("text", p("rec.text", 4000)).add("directorateId", culture)
                        .add("sessionId", id(session)))));
        if (write("PUT", "api/recommendations/" + recommendation + "/answer", DemoAccounts.DIRECTORATE,
                Json.createObjectBuilder().add("position", "RETAINED").add("text", p("answer.text", 4000))
                        .add("plannedActions", p("answer.planned", 4000))
                        .add("version", dialogue.recommendationVersion(recommendation))) != null) {
            step(api.post("api/recommendations/" + recommendation + "/publication", DemoAccounts.POLE, JSON, "{}"), 200);
        }
        pending.put(FORMULA_FIELD, FORMULA);
        write("POST", "api/projects/" + projectId + "/recommendations", DemoAccounts.POLE,
                Json.createObjectBuilder().add("text", FORMULA).add("directorateId", culture));
    }

    // ---------------------------------------------------------------- evaluation

    /**
     * An evaluation of its own with direction, elu and expert on its steering committee: a question and its
     * finding, an indicator measured once, an interview quoted with a theme, the summary, a recommendation
     * assigned to direction's directorate with a label and followed up by it; reported and published.
     */
    private void evaluation() {
        // a year no other test counts: 2040-2089 are EvaluationApi's, 2091-2098 EvaluationApiIT's and the pages'
        evaluationYear = 2099;
        evaluationId = id(need(write("POST", "api/evaluations", DemoAccounts.POLE, Json.createObjectBuilder()
                .add("programmeYear", evaluationYear).add("title", p("eval.title", 200)).add("object", "METHOD")
                .add("objectDescription", p("eval.object", 4000)).add("originLabel", p("eval.origin", 200))
                .add("type", "MID_TERM").add("participatory", true).add("evaluatorKind", "INTERNAL")
                .add("evaluators", p("eval.evaluators", 200)).add("start", evaluationYear + "-01-15")
                .add("end", evaluationYear + "-12-15"))));
        evaluations.steering(evaluationId, DemoAccounts.DIRECTORATE, DemoAccounts.ELECTED, DemoAccounts.PARTICIPANT);
        long question = id(need(write("POST", "api/evaluations/" + evaluationId + "/questions", DemoAccounts.POLE,
                Json.createObjectBuilder().add("text", p("question.text", 1000))
                        .add("criteria", Json.createArrayBuilder().add("EFFECTIVENESS")))));
        evaluations.advance(evaluationId);

        JsonObject indicator = write("POST", "api/evaluations/" + evaluationId + "/indicators", DemoAccounts.POLE,
                Json.createObjectBuilder().add("name", p("indicator.name", 200)).add("unit", p("indicator.unit", 40))
                        .add("baseline", 20).add("target", 80).add("source", p("indicator.source", 200)));
        if (indicator != null) {
            write("POST", "api/indicators/" + id(indicator) + "/measurements", DemoAccounts.POLE, Json.createObjectBuilder()
                    .add("measuredOn", "2025-01-31").add("value", 42).add("note", p("measure.note", 1000)));
        }
        JsonObject interview = write("POST", "api/evaluations/" + evaluationId + "/interviews", DemoAccounts.POLE,
                Json.createObjectBuilder().add("category", "CITIZEN").add("intervieweeName", p("interview.name", 120))
                        .add("interviewedOn", "2025-03-12").add("interviewer", p("interview.by", 120))
                        .add("notes", p("interview.notes", 20000)));
        if (interview != null) {
            write("POST", "api/interviews/" + id(interview) + "/quotes", DemoAccounts.POLE, Json.createObjectBuilder()
                    .add("text", p("quote.text", 4000)).add("themes", Json.createArrayBuilder().add(p("quote.theme", 60)))
                    .add("questionIds", Json.createArrayBuilder().add(question)));
        }
        evaluations.advance(evaluationId);

        write("PUT", "api/evaluation-questions/" + question + "/finding", DemoAccounts.POLE, Json.createObjectBuilder()
                .add("finding", p("question.finding", 10000))
                .add("version", versionIn("api/evaluations/" + evaluationId + "/questions", question)));
        write("PUT", "api/evaluations/" + evaluationId + "/summary", DemoAccounts.POLE, Json.createObjectBuilder()
                .add("summary", p("eval.summary", 20000)).add("version", evaluations.version(evaluationId)));
        long recommendation = id(need(write("POST", "api/evaluations/" + evaluationId + "/recommendations",
                DemoAccounts.POLE, Json.createObjectBuilder().add("text", p("evalrec.text", 4000)))));
        String recommendations = "api/evaluations/" + evaluationId + "/recommendations";
        if (write("PUT", "api/evaluation-recommendations/" + recommendation + "/assignment", DemoAccounts.POLE,
                Json.createObjectBuilder().add("ownerDirectorateId", culture).add("ownerLabel", p("evalrec.owner", 200))
                        .add("dueDate", DialogueApi.today().plusMonths(2).toString())
                        .add("version", versionIn(recommendations, recommendation))) != null) {
            write("PUT", "api/evaluation-recommendations/" + recommendation + "/follow-up", DemoAccounts.DIRECTORATE,
                    Json.createObjectBuilder().add("status", "IN_PROGRESS").add("comment", p("evalrec.followup", 4000))
                            .add("version", versionIn(recommendations, recommendation)));
        }
        evaluations.advance(evaluationId);
        step(api.post("api/evaluations/" + evaluationId + "/report-publication", DemoAccounts.POLE, JSON,
                "{\"version\":" + evaluations.version(evaluationId) + "}"), 200);
    }

    // ---------------------------------------------------------------- prospective

    /**
     * A cycle and a workshop of their own, presided by elu, with direction, expert and a participant account of
     * the test's own (whose name is a payload) in the group: a session with its agenda and minutes, an issue with
     * its description and tension among five ranked, a resource informing it, the five chapters drafted and
     * submitted, an amendment of the test's participant accepted as modified, the document adopted, an adopted
     * recommendation's tension, an action, the synthesis published and an evaluation commissioned.
     */
    private void prospective() {
        cycleId = id(need(write("POST", "api/cycles", DemoAccounts.POLE, Json.createObjectBuilder()
                .add("name", p("cycle.name", 200)).add("start", "2040-01-01").add("end", "2040-12-31"))));
        JsonObject workshop = need(write("POST", "api/workshops", DemoAccounts.POLE, Json.createObjectBuilder()
                .add("cycleId", cycleId).add("title", p("workshop.title", 200)).add("kind", "MAJOR_ISSUE")
                .add("scale", "CITY").add("presidentPersonId", prospective.personOf(DemoAccounts.ELECTED))
                .add("organisingCommittee", p("workshop.committee", 4000)).add("externalFirm", p("workshop.firm", 200))
                .add("contract", p("workshop.contract", 4000))));
        workshopId = id(workshop);

        hostileUsername = "xss" + letters(6) + System.nanoTime() % 100_000;
        need(write("POST", "api/accounts", DemoAccounts.POLE, Json.createObjectBuilder().add("username", hostileUsername)
                .add("password", TestAccounts.PASSWORD).add("displayName", p("account.name", 200))
                .add("email", hostileUsername + "@demo.fabrique.test").add("category", "EXTERNAL_EXPERT")
                .add("role", "PARTICIPANT")));
        HttpResponse<String> me = asHostile("GET", "api/me", null);
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        long hostilePerson = JsonBodies.object(me.body()).getJsonNumber("personId").longValue();

        seat(prospective.personOf(DemoAccounts.DIRECTORATE), "DIRECTORATE_RESOURCE");
        seat(prospective.personOf(DemoAccounts.PARTICIPANT), "EXTERNAL_EXPERT");
        seat(hostilePerson, "CIVIL_SOCIETY");
        step(api.post("api/workshops/" + workshopId + "/charter", DemoAccounts.ELECTED, JSON, ""), 200);
        step(api.post("api/workshops/" + workshopId + "/charter", DemoAccounts.PARTICIPANT, JSON, ""), 200);
        step(asHostile("POST", "api/workshops/" + workshopId + "/charter", ""), 200);

        JsonObject session = write("POST", "api/workshops/" + workshopId + "/sessions", DemoAccounts.POLE,
                Json.createObjectBuilder().add("sequence", "EXPLORATORY").add("date", "2040-02-01").add("length", "HALF_DAY")
                        .add("agenda", p("wsession.agenda", 4000)));
        if (session != null) {
            write("PUT", "api/workshops/" + workshopId + "/sessions/" + id(session) + "/minutes", DemoAccounts.POLE,
                    Json.createObjectBuilder().add("minutes", p("wsession.minutes", 20000))
                            .add("version", session.getJsonNumber("version").longValue()));
        }

        prospective.advance(workshopId);
        long issue = id(need(write("POST", "api/workshops/" + workshopId + "/issues", DemoAccounts.POLE,
                Json.createObjectBuilder().add("title", p("issue.title", 200)).add("description", p("issue.description", 4000))
                        .add("markers", Json.createArrayBuilder().add("CITIZEN_PARTICIPATION"))
                        .add("tension", p("issue.tension", 1000)))));
        for (int n = 2; n <= 5; n++) {
            prospective.issue(workshopId, "Enjeu " + n);
        }
        JsonArrayBuilder ranks = Json.createArrayBuilder();
        int rank = 1;
        for (Map.Entry<Long, Long> entry : prospective.issueVersions(workshopId).entrySet()) {
            ranks.add(Json.createObjectBuilder().add("issueId", entry.getKey()).add("rank", rank++).add("version", entry.getValue()));
        }
        step(prospective.put("api/workshops/" + workshopId + "/issues/ranking", DemoAccounts.POLE,
                Json.createObjectBuilder().add("ranks", ranks).build().toString()), 200);
        write("POST", "api/workshops/" + workshopId + "/resources", DemoAccounts.POLE, Json.createObjectBuilder()
                .add("type", "BENCHMARK").add("title", p("resource.title", 200)).add("source", p("resource.source", 200))
                .add("organisation", p("resource.org", 200)).add("content", p("resource.content", 4000))
                .add("lesson", p("resource.lesson", 4000)).add("date", "2040-03-10")
                .add("issueIds", Json.createArrayBuilder().add(issue)));
        prospective.advance(workshopId);
        prospective.advance(workshopId);

        String line = p("draft.recs", 2000);
        need(write("PUT", "api/workshops/" + workshopId + "/document/draft", DemoAccounts.POLE, Json.createObjectBuilder()
                .add("issues", p("draft.issues", 20000)).add("positioning", p("draft.positioning", 20000))
                .add("specificChoices", p("draft.choices", 20000))
                .add("recommendations", "- " + line + "\n- Des visites de convivialité")
                .add("conditionsOfSuccess", p("draft.conditions", 20000)).add("version", documentVersion())));
        assertThat(prospective.submit(workshopId, DemoAccounts.ELECTED).statusCode()).as("version 1 submitted").isEqualTo(201);

        JsonObject amendment = write("POST", "api/workshops/" + workshopId + "/amendments", hostileUsername,
                Json.createObjectBuilder().add("chapter", "POSITIONING").add("passage", p("amend.passage", 2000))
                        .add("proposedText", p("amend.proposed", 4000)).add("rationale", p("amend.rationale", 2000)));
        if (amendment != null) {
            // the passage is in no chapter, so the draft stays the submitted version and may be adopted
            need(write("POST", "api/workshops/" + workshopId + "/amendments/" + id(amendment) + "/decision",
                    DemoAccounts.POLE, Json.createObjectBuilder().add("decision", "ACCEPTED_AS_MODIFIED")
                            .add("modifiedText", p("amend.modified", 4000))
                            .add("version", amendment.getJsonNumber("version").longValue())));
        }
        step(api.post("api/workshops/" + workshopId + "/document/adoption", DemoAccounts.POLE, JSON,
                "{\"version\":" + documentVersion() + "}"), 200);

        write("PUT", "api/workshops/" + workshopId + "/recommendations/markers", DemoAccounts.POLE, Json.createObjectBuilder()
                .add("recommendation", line).add("markers", Json.createArrayBuilder().add("SOCIAL_TIES"))
                .add("tension", p("markers.tension", 1000)).add("version", 0));
        write("POST", "api/workshops/" + workshopId + "/actions", DemoAccounts.POLE, Json.createObjectBuilder()
                .add("recommendation", p("action.rec", 2000)).add("title", p("action.title", 200))
                .add("directorateId", culture).add("pilot", p("action.pilot", 120))
                .add("deadline", DialogueApi.today().plusMonths(6).toString()));
        write("PUT", "api/workshops/" + workshopId + "/synthesis", DemoAccounts.POLE, Json.createObjectBuilder()
                .add("text", p("synthesis.text", 20000)).add("publish", true).add("version", workshopVersion()));
        write("POST", "api/workshops/" + workshopId + "/commissions", DemoAccounts.POLE, Json.createObjectBuilder()
                .add("kind", "EVALUATION").add("title", p("commission.title", 200)).add("brief", p("commission.brief", 4000)));
    }

    // ---------------------------------------------------------------- calls

    /**
     * Sends the body; a 2xx answer stores the pending payloads as written, any other as refused (with the
     * answer). The answer's JSON object, or null when refused.
     */
    private JsonObject write(String method, String path, String username, JsonObjectBuilder body) {
        String json = body.build().toString();
        HttpResponse<String> answer = hostileUsername != null && hostileUsername.equals(username)
                ? asHostile(method, path, json)
                : api.send(api.request(path, username).header("Content-Type", JSON)
                        .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
        boolean ok = answer.statusCode() / 100 == 2;
        for (Map.Entry<String, String> field : pending.entrySet()) {
            if (ok) {
                written.put(field.getKey(), field.getValue());
            } else {
                refused.put(field.getKey(), method + " " + path + " → " + answer.statusCode() + " " + answer.body());
            }
        }
        pending.clear();
        if (!ok) {
            return null;
        }
        String text = answer.body() == null ? "" : answer.body().strip();
        return text.startsWith("{") ? JsonBodies.object(text) : JsonValue.EMPTY_JSON_OBJECT;
    }

    /** A record the next steps need: its refusal ends the test at once, with every refusal so far. */
    private JsonObject need(JsonObject record) {
        if (record == null) {
            throw new AssertionError("A payload was refused where the next records depend on it; a payload must be "
                    + "storable text. Refused: " + refused);
        }
        return record;
    }

    private static void step(HttpResponse<String> answer, int status) {
        assertThat(answer.statusCode()).as(answer.request().method() + " " + answer.request().uri() + ": " + answer.body())
                .isEqualTo(status);
    }

    private HttpResponse<String> asHostile(String method, String path, String json) {
        HttpRequest.Builder request = api.request(path, null)
                .header("Authorization", Api.basic(hostileUsername, TestAccounts.PASSWORD));
        if (json == null) {
            return api.send(request.GET().build());
        }
        return api.send(request.header("Content-Type", JSON)
                .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
    }

    private void seat(long personId, String category) {
        HttpResponse<String> seated = prospective.seat(workshopId, personId, category, workshopVersion());
        assertThat(seated.statusCode()).as(seated.body()).isEqualTo(200);
    }

    private long workshopVersion() {
        return JsonBodies.object(api.get("api/workshops/" + workshopId, DemoAccounts.POLE).body())
                .getJsonNumber("version").longValue();
    }

    private long documentVersion() {
        return JsonBodies.object(api.get("api/workshops/" + workshopId + "/document", DemoAccounts.POLE).body())
                .getJsonNumber("version").longValue();
    }

    /** The version of the record {@code id} in the list at {@code path}, as the pôle reads it. */
    private long versionIn(String path, long id) {
        HttpResponse<String> list = api.get(path + (path.contains("?") ? "&" : "?") + "size=500", DemoAccounts.POLE);
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        return items(list.body()).stream().filter(r -> id(r) == id).findFirst()
                .orElseThrow(() -> new AssertionError("no record " + id + " in " + path)).getJsonNumber("version").longValue();
    }

    /** The items of a list answer: a JSON array, or a page's {@code items}. */
    static List<JsonObject> items(String body) {
        String text = body.strip();
        JsonArray array = text.startsWith("[") ? JsonBodies.array(text) : JsonBodies.object(text).getJsonArray("items");
        return new ArrayList<>(array.getValuesAs(JsonObject.class));
    }

    private long firstId(String path) {
        return id(items(api.get(path, DemoAccounts.POLE).body()).get(0));
    }

    static long id(JsonObject record) {
        return record.getJsonNumber("id").longValue();
    }

    private static String letters(int count) {
        SecureRandom random = new SecureRandom();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < count; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }
}
