package org.fabrique.web.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.fabrique.web.it.DemoAccounts;
import org.fabrique.web.it.DeployedFabrique;
import org.fabrique.web.it.JsonBodies;
import org.fabrique.web.it.dialogue.DialogueApi;
import org.junit.jupiter.api.Test;

/**
 * Cross-site request forgery: what another site can make a browser send (a form in
 * {@code application/x-www-form-urlencoded}, {@code multipart/form-data} or {@code text/plain}, with the
 * browser's {@code Origin} or {@code Referer}) changes nothing, on the API and on the pages; what Fabrique's
 * own pages and programs send still works.
 */
class CrossSiteRequestIT extends DeployedFabrique {

    private static final String EVIL = "http://evil.example";
    private static final List<String> FORM_TYPES = List.of("application/x-www-form-urlencoded", "text/plain",
            "multipart/form-data; boundary=fabrique");

    private DialogueApi dialogue() {
        return new DialogueApi(api());
    }

    /** A recommendation answered by its directorate, not yet published. */
    private long answered() {
        long project = dialogue().pooledProject().getJsonNumber("id").longValue();
        long id = JsonBodies.object(api().post("api/projects/" + project + "/recommendations", DemoAccounts.POLE,
                DialogueApi.JSON, "{\"text\":\"Ouvrir le samedi\",\"directorateId\":"
                        + dialogue().directorateOf(DemoAccounts.DIRECTORATE) + "}").body()).getJsonNumber("id").longValue();
        assertThat(dialogue().answer(id, DemoAccounts.DIRECTORATE, "{\"position\":\"RETAINED\",\"text\":\"Retenu\"}")
                .statusCode()).isEqualTo(200);
        return id;
    }

    private HttpResponse<String> post(String path, String contentType, String body, String header, String value) {
        HttpRequest.Builder request = api().request(path, DemoAccounts.POLE).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (header != null) {
            request.header(header, value);
        }
        return api().send(request.build());
    }

    private boolean published(long id) {
        return JsonBodies.object(api().get("api/recommendations/" + id, DemoAccounts.POLE).body()).getBoolean("published");
    }

    private String ownOrigin() {
        URI uri = URI.create(base.toString());
        return uri.getScheme() + "://" + uri.getHost() + ":" + uri.getPort();
    }

    @Test
    void a_form_of_another_site_publishes_nothing() {
        long id = answered();
        String publication = "api/recommendations/" + id + "/publication";

        for (String type : FORM_TYPES) {
            HttpResponse<String> refused = post(publication, type, "version=1", "Origin", EVIL);
            assertThat(refused.statusCode()).as(type).isEqualTo(403);
            assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json;charset=UTF-8");
            assertThat(JsonBodies.object(refused.body()).getString("detail")).contains("another site");
        }
        assertThat(post(publication, DialogueApi.JSON, "{}", "Origin", EVIL).statusCode()).as("even JSON").isEqualTo(403);
        assertThat(post(publication, "text/plain", "", "Origin", "null").statusCode()).as("an opaque origin").isEqualTo(403);
        assertThat(post(publication, "text/plain", "", "Referer", EVIL + "/page.html").statusCode()).as("a referrer")
                .isEqualTo(403);
        assertThat(post(publication, DialogueApi.JSON, "{}", "Origin", ownOrigin().replace("127.0.0.1", "127.0.0.2"))
                .statusCode()).as("another host").isEqualTo(403);
        assertThat(published(id)).isFalse();

        HttpResponse<String> own = post(publication, DialogueApi.JSON, "{}", "Origin", ownOrigin());
        assertThat(own.statusCode()).as("from Fabrique's own pages: " + own.body()).isEqualTo(200);
        assertThat(published(id)).isTrue();
    }

    @Test
    void the_api_reads_json_bodies_only_and_actions_without_a_body() {
        long id = answered();
        String publication = "api/recommendations/" + id + "/publication";

        for (String type : FORM_TYPES) {
            HttpResponse<String> refused = post(publication, type, "version=1", null, null);
            assertThat(refused.statusCode()).as(type + ": " + refused.body()).isEqualTo(415);
            assertThat(JsonBodies.object(refused.body()).getString("detail")).isEqualTo("The request body must be application/json.");
        }
        HttpResponse<String> charter = post("api/workshops/1/charter", "text/plain", "ok", null, null);
        assertThat(charter.statusCode()).as(charter.body()).isEqualTo(415);
        assertThat(post("api/notifications/reminders", "application/x-www-form-urlencoded", "a=b", null, null).statusCode())
                .isEqualTo(415);
        assertThat(published(id)).isFalse();

        HttpResponse<String> bodiless = api().send(api().request(publication, DemoAccounts.POLE)
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(bodiless.statusCode()).as("curl -X POST: " + bodiless.body()).isEqualTo(200);
        assertThat(published(id)).isTrue();
    }

    @Test
    void a_file_is_uploaded_with_its_own_type_but_not_as_a_form() {
        long project = dialogue().pooledProject().getJsonNumber("id").longValue();
        JsonObject session = JsonBodies.object(api().post("api/projects/" + project + "/sessions", DemoAccounts.POLE,
                DialogueApi.JSON, "{\"date\":\"2026-05-12\",\"place\":\"Maison de quartier\",\"method\":\"CO_CONSTRUCTION_WORKSHOP\","
                        + "\"group\":\"RESIDENTS\",\"participants\":24}").body());
        String attachments = "api/sessions/" + session.getJsonNumber("id") + "/attachments?name=affiche.pdf";

        assertThat(post(attachments, "text/plain", "%PDF-1.4 x", null, null).statusCode()).isEqualTo(415);
        assertThat(post(attachments, "multipart/form-data; boundary=x", "%PDF-1.4 x", null, null).statusCode()).isEqualTo(415);
        HttpResponse<String> pdf = post(attachments, "application/pdf", "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n", null, null);
        assertThat(pdf.statusCode()).as(pdf.body()).isEqualTo(201);
        assertThat(post(attachments, "application/pdf", "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n", "Origin", EVIL).statusCode()).isEqualTo(403);
    }

    @Test
    void a_page_posted_from_another_site_is_refused() {
        HttpResponse<String> login = api().send(api().request("login.xhtml", null)
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", EVIL)
                .POST(HttpRequest.BodyPublishers.ofString("login=login&login%3Ausername=pole")).build());
        assertThat(login.statusCode()).isEqualTo(403);
    }
}
