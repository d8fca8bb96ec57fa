package org.fabrique.web.it.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.fabrique.web.it.DemoAccounts;
import org.fabrique.web.it.DeployedFabrique;
import org.fabrique.web.it.JsonBodies;
import org.junit.jupiter.api.Test;

/** Running a dialogue project through the API: its sessions, their files, its recommendations, its lessons. */
class ProjectSessionApiIT extends DeployedFabrique {

    private static final String SESSION = "{\"date\":\"2026-05-12\",\"place\":\"Maison de quartier des Dervallières\","
            + "\"method\":\"CO_CONSTRUCTION_WORKSHOP\",\"group\":\"RESIDENTS\",\"participants\":24,"
            + "\"themes\":\"Accueil, horaires\",\"outputs\":\"Trois scénarios d'accueil\"}";
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);

    private DialogueApi dialogue() {
        return new DialogueApi(api());
    }

    private long project() {
        return dialogue().pooledProject().getJsonNumber("id").longValue();
    }

    /** A project shared by the tests that need only a session of their own: programme years are scarce. */
    private static Long shared;

    private long sharedProject() {
        if (shared == null) {
            shared = project();
        }
        return shared;
    }

    private HttpResponse<String> recordSession(long project, String username, String body) {
        return api().post("api/projects/" + project + "/sessions", username, DialogueApi.JSON, body);
    }

    private JsonObject session(long project) {
        HttpResponse<String> created = recordSession(project, DemoAccounts.POLE, SESSION);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/api/sessions/"));
        return JsonBodies.object(created.body());
    }

    private HttpResponse<String> upload(long session, String username, String name, byte[] content) {
        return api().send(api().request("api/sessions/" + session + "/attachments?name=" + name, username)
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(content)).build());
    }

    @Test
    void any_account_reads_a_project_with_its_methods_and_an_empty_list_of_sessions() {
        long project = project();

        HttpResponse<String> read = api().get("api/projects/" + project, DemoAccounts.PARTICIPANT);
        assertThat(read.statusCode()).isEqualTo(200);
        JsonObject body = JsonBodies.object(read.body());
        assertThat(body.getJsonObject("project").getJsonNumber("id").longValue()).isEqualTo(project);
        assertThat(body.getJsonArray("methods").getString(0)).isEqualTo("CO_CONSTRUCTION_WORKSHOP");
        assertThat(JsonBodies.object(api().get("api/projects/" + project + "/sessions", DemoAccounts.DIRECTORATE_2).body())
                .getJsonNumber("total").longValue()).isZero();
        assertThat(api().get("api/projects/" + project, null).statusCode()).isEqualTo(401);
        assertThat(api().get("api/projects/999999", DemoAccounts.POLE).statusCode()).isEqualTo(404);
    }

    @Test
    void the_pole_records_a_session_and_nobody_else_does() {
        long project = project();

        JsonObject session = session(project);
        assertThat(session.getString("place")).isEqualTo("Maison de quartier des Dervallières");
        assertThat(session.getString("group")).isEqualTo("RESIDENTS");
        assertThat(session.getInt("participants")).isEqualTo(24);
        assertThat(recordSession(project, DemoAccounts.DIRECTORATE, SESSION).statusCode()).isEqualTo(403);
        assertThat(recordSession(project, DemoAccounts.ELECTED, SESSION).statusCode()).isEqualTo(403);
        assertThat(recordSession(project, null, SESSION).statusCode()).isEqualTo(401);
        assertThat(recordSession(999999, DemoAccounts.POLE, SESSION).statusCode()).isEqualTo(404);

        JsonObject list = JsonBodies.object(api().get("api/projects/" + project + "/sessions", DemoAccounts.ELECTED).body());
        assertThat(list.getJsonNumber("total").longValue()).isEqualTo(1);
    }

    @Test
    void a_session_without_place_or_with_negative_participants_is_refused_field_by_field() {
        long project = project();

        HttpResponse<String> refused = recordSession(project, DemoAccounts.POLE,
                "{\"date\":\"2026-05-12\",\"place\":\" \",\"method\":\"SURVEY\",\"group\":\"MIXED\",\"participants\":-1}");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(refused.body()).contains("\"field\":\"place\"", "\"field\":\"participants\"");
        assertThat(JsonBodies.object(api().get("api/projects/" + project + "/sessions", DemoAccounts.POLE).body())
                .getJsonNumber("total").longValue()).isZero();
    }

    @Test
    void a_session_revised_with_a_stale_version_is_refused() {
        JsonObject session = session(sharedProject());
        String path = "api/sessions/" + session.getJsonNumber("id");
        String revised = SESSION.replace("24", "31").replace("}", ",\"version\":" + session.getJsonNumber("version") + "}");

        HttpResponse<String> first = dialogue().put(path, DemoAccounts.POLE, revised);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(JsonBodies.object(first.body()).getInt("participants")).isEqualTo(31);
        assertThat(dialogue().put(path, DemoAccounts.POLE, revised).statusCode()).isEqualTo(409);
        assertThat(dialogue().put(path, DemoAccounts.DIRECTORATE, revised).statusCode()).isEqualTo(403);
    }

    @Test
    void a_pdf_is_kept_with_a_session_and_downloaded_as_sent() {
        long session = session(sharedProject()).getJsonNumber("id").longValue();

        HttpResponse<String> uploaded = upload(session, DemoAccounts.POLE, "affiche-rencontre.pdf", PDF);
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        JsonObject file = JsonBodies.object(uploaded.body());
        assertThat(file.getString("kind")).isEqualTo("PDF");
        assertThat(file.getInt("size")).isEqualTo(PDF.length);
        assertThat(file.getString("uploadedBy")).isEqualTo(DemoAccounts.POLE);

        HttpResponse<byte[]> download = api().send(api().request("api/attachments/" + file.getJsonNumber("id"),
                DemoAccounts.DIRECTORATE_2).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                d -> assertThat(d).contains("affiche-rencontre.pdf"));
        assertThat(download.body()).isEqualTo(PDF);
        assertThat(JsonBodies.object(api().get("api/sessions/" + session, DemoAccounts.ELECTED).body())
                .getJsonArray("attachments").getJsonObject(0).getString("fileName")).isEqualTo("affiche-rencontre.pdf");
    }

    @Test
    void a_file_of_another_kind_or_too_large_is_refused_and_nothing_is_kept() {
        long session = session(sharedProject()).getJsonNumber("id").longValue();

        HttpResponse<String> executable = upload(session, DemoAccounts.POLE, "affiche.pdf", new byte[] {'M', 'Z', 0, 0});
        assertThat(executable.statusCode()).isEqualTo(400);
        assertThat(executable.body()).contains("\"field\":\"file\"", "PDF");
        byte[] tooLarge = Arrays.copyOf(PDF, 8 * 1024 * 1024 + 1);
        HttpResponse<String> large = upload(session, DemoAccounts.POLE, "gros.pdf", tooLarge);
        assertThat(large.statusCode()).isEqualTo(400);
        assertThat(large.body()).contains("\"field\":\"file\"", "8");
        assertThat(upload(session, DemoAccounts.POLE, "", PDF).statusCode()).isEqualTo(400);
        assertThat(upload(session, DemoAccounts.DIRECTORATE, "affiche.pdf", PDF).statusCode()).isEqualTo(403);

        assertThat(JsonBodies.object(api().get("api/sessions/" + session, DemoAccounts.POLE).body())
                .getJsonArray("attachments")).isEmpty();
    }

    @Test
    void the_pole_removes_a_file_and_nobody_else_does() {
        long session = session(sharedProject()).getJsonNumber("id").longValue();
        String path = "api/attachments/" + JsonBodies.object(upload(session, DemoAccounts.POLE, "cr.pdf", PDF).body())
                .getJsonNumber("id");

        assertThat(api().send(api().request(path, DemoAccounts.DIRECTORATE).DELETE().build()).statusCode()).isEqualTo(403);
        assertThat(api().send(api().request(path, DemoAccounts.POLE).DELETE().build()).statusCode()).isEqualTo(204);
        assertThat(api().get(path, DemoAccounts.POLE).statusCode()).isEqualTo(404);
    }

    @Test
    void the_pole_deletes_a_session_recorded_by_mistake_while_nothing_depends_on_it() {
        long project = sharedProject();
        long session = session(project).getJsonNumber("id").longValue();
        String path = "api/sessions/" + session;
        String file = "api/attachments/" + JsonBodies.object(upload(session, DemoAccounts.POLE, "cr.pdf", PDF).body())
                .getJsonNumber("id");

        assertThat(api().send(api().request(path, DemoAccounts.DIRECTORATE).DELETE().build()).statusCode()).isEqualTo(403);
        HttpResponse<String> withFile = api().send(api().request(path, DemoAccounts.POLE).DELETE().build());
        assertThat(withFile.statusCode()).isEqualTo(409);
        assertThat(withFile.body()).contains("Files are kept with this session");
        assertThat(api().send(api().request(file, DemoAccounts.POLE).DELETE().build()).statusCode()).isEqualTo(204);

        HttpResponse<String> recommended = api().post("api/projects/" + project + "/recommendations", DemoAccounts.POLE,
                DialogueApi.JSON, "{\"text\":\"Un banc de plus\",\"directorateId\":"
                        + dialogue().directorateOf(DemoAccounts.DIRECTORATE) + ",\"sessionId\":" + session + "}");
        assertThat(recommended.statusCode()).as(recommended.body()).isEqualTo(201);
        HttpResponse<String> withRecommendation = api().send(api().request(path, DemoAccounts.POLE).DELETE().build());
        assertThat(withRecommendation.statusCode()).isEqualTo(409);
        assertThat(withRecommendation.body()).contains("Recommendations came from this session");
        assertThat(api().get(path, DemoAccounts.POLE).statusCode()).isEqualTo(200);

        long mistaken = session(project).getJsonNumber("id").longValue();
        assertThat(api().send(api().request("api/sessions/" + mistaken, DemoAccounts.POLE).DELETE().build()).statusCode())
                .isEqualTo(204);
        assertThat(api().get("api/sessions/" + mistaken, DemoAccounts.POLE).statusCode()).isEqualTo(404);
        assertThat(api().get("api/projects/" + project + "/sessions?size=500", DemoAccounts.POLE).body())
                .contains("\"id\":" + session + ",").doesNotContain("\"id\":" + mistaken + ",");
    }

    @Test
    void the_projects_recommendations_are_listed_with_it() {
        long project = project();
        long directorate = dialogue().directorateOf(DemoAccounts.DIRECTORATE);
        assertThat(api().post("api/projects/" + project + "/recommendations", DemoAccounts.POLE, DialogueApi.JSON,
                "{\"text\":\"Un accueil sans rendez-vous le samedi\",\"directorateId\":" + directorate + "}").statusCode())
                .isEqualTo(201);

        JsonObject list = JsonBodies.object(api().get("api/projects/" + project + "/recommendations", DemoAccounts.ELECTED).body());
        assertThat(list.getJsonNumber("total").longValue()).isEqualTo(1);
        assertThat(list.getJsonArray("items").getJsonObject(0).getString("text")).isEqualTo("Un accueil sans rendez-vous le samedi");
        assertThat(JsonBodies.object(api().get("api/projects/" + project + "/recommendations", DemoAccounts.DIRECTORATE_2)
                .body()).getJsonNumber("total").longValue()).isZero();
    }

    @Test
    void lessons_are_recorded_by_the_pole_with_a_version_and_feed_the_catalogue_of_methods() {
        long project = project();
        String path = "api/projects/" + project + "/lessons";
        long version = JsonBodies.object(api().get("api/projects/" + project, DemoAccounts.POLE).body())
                .getJsonObject("project").getJsonNumber("version").longValue();
        String lessons = "{\"lessons\":\"Des ateliers courts en soirée attirent les actifs.\",\"version\":" + version + "}";

        assertThat(dialogue().put(path, DemoAccounts.DIRECTORATE, lessons).statusCode()).isEqualTo(403);
        HttpResponse<String> recorded = dialogue().put(path, DemoAccounts.POLE, lessons);
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(200);
        assertThat(JsonBodies.object(recorded.body()).getString("lessons")).startsWith("Des ateliers courts");
        assertThat(dialogue().put(path, DemoAccounts.POLE, lessons).statusCode()).isEqualTo(409);

        JsonObject methods = JsonBodies.object("{\"m\":" + api().get("api/methods", DemoAccounts.PARTICIPANT).body() + "}");
        assertThat(methods.getJsonArray("m")).hasSize(8);
        JsonObject used = JsonBodies.object(api().get("api/methods/SERVICE_DESIGN/projects?size=500", DemoAccounts.ELECTED).body());
        assertThat(used.getJsonArray("items").stream().map(JsonObject.class::cast)
                .filter(p -> p.getJsonNumber("id").longValue() == project))
                .singleElement()
                .satisfies(p -> assertThat(p.getString("lessons")).startsWith("Des ateliers courts"));
        assertThat(api().get("api/methods/NO_SUCH_METHOD/projects", DemoAccounts.POLE).statusCode()).isEqualTo(404);
    }

    @Test
    void due_soon_lists_the_recommendations_awaiting_an_answer_due_within_thirty_days() {
        long directorate = dialogue().directorateOf(DemoAccounts.DIRECTORATE);
        long soon = dialogue().validatedProject(20).getJsonNumber("id").longValue();
        long later = dialogue().validatedProject(90).getJsonNumber("id").longValue();
        for (long project : new long[] {soon, later}) {
            assertThat(api().post("api/projects/" + project + "/recommendations", DemoAccounts.POLE, DialogueApi.JSON,
                    "{\"text\":\"Des bancs à l'ombre\",\"directorateId\":" + directorate + "}").statusCode()).isEqualTo(201);
        }

        assertThat(total("api/recommendations?dueSoon=true&projectId=" + soon)).isEqualTo(1);
        assertThat(total("api/recommendations?dueSoon=false&projectId=" + soon)).isZero();
        assertThat(total("api/recommendations?dueSoon=true&projectId=" + later)).isZero();
        assertThat(total("api/recommendations?dueSoon=false&projectId=" + later)).isEqualTo(1);
        JsonObject all = JsonBodies.object(api().get("api/recommendations?dueSoon=true&size=500", DemoAccounts.POLE).body());
        assertThat(all.getJsonArray("items").stream().map(JsonObject.class::cast))
                .allSatisfy(r -> {
                    assertThat(r.getString("status")).isEqualTo("AWAITING_ANSWER");
                    assertThat(r.getBoolean("overdue")).isFalse();
                    assertThat(r.getString("dueDate")).isLessThanOrEqualTo(DialogueApi.today().plusDays(30).toString());
                });
        assertThat(api().get("api/recommendations?dueSoon=perhaps", DemoAccounts.POLE).statusCode()).isEqualTo(400);
    }

    private long total(String path) {
        return JsonBodies.object(api().get(path, DemoAccounts.POLE).body()).getJsonNumber("total").longValue();
    }
}
