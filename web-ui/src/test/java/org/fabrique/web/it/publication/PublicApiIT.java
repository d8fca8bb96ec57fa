package org.fabrique.web.it.publication;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.List;
import org.fabrique.web.it.DemoAccounts;
import org.fabrique.web.it.DeployedFabrique;
import org.fabrique.web.it.JsonBodies;
import org.fabrique.web.it.dialogue.DialogueApi;
import org.fabrique.web.it.evaluation.EvaluationApi;
import org.junit.jupiter.api.Test;

/** The open data beyond programmes: published evaluation reports and synthesis notes, nothing else, without an account. */
class PublicApiIT extends DeployedFabrique {

    @Test
    void a_report_is_public_once_the_pole_publishes_it_and_never_names_an_interviewee() {
        PublicContent content = new PublicContent(api());
        PublicContent.Report report = content.reported("API");
        String path = "api/public/evaluations/" + report.id();
        assertThat(api().get(path, null).statusCode()).isEqualTo(404);

        HttpResponse<String> refused = content.publish(report.id(), DemoAccounts.DIRECTORATE);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(api().get(path, null).statusCode()).isEqualTo(404);

        HttpResponse<String> published = content.publish(report.id(), DemoAccounts.POLE);
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        assertThat(JsonBodies.object(published.body()).getString("reportPublishedAt")).isNotBlank();

        HttpResponse<String> read = api().get(path, null);
        assertThat(read.statusCode()).isEqualTo(200);
        JsonObject body = JsonBodies.object(read.body());
        assertThat(body.getString("title")).isEqualTo(report.title());
        JsonObject quote = body.getJsonArray("quotes").getJsonObject(0);
        assertThat(quote.getString("text")).isEqualTo(report.quote());
        assertThat(quote.getString("category")).isEqualTo("CITIZEN");
        assertThat(quote.keySet()).containsExactlyInAnyOrder("text", "category", "themes");
        assertThat(body.getJsonArray("questions").getJsonObject(0).getString("finding")).isEqualTo(report.finding());
        assertThat(body.getJsonArray("recommendations")).hasSize(1);
        assertThat(read.body()).doesNotContain(report.name(), report.notes(), "steeringCommittee", "interviewId");

        List<Long> listed = JsonBodies.object(api().get("api/public/evaluations?size=500", null).body()).getJsonArray("items")
                .stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
        assertThat(listed).contains(report.id());
    }

    @Test
    void a_report_is_not_published_before_it_is_reported() {
        PublicContent content = new PublicContent(api());
        PublicContent.Report reported = content.reported("trop tôt");
        long early = new EvaluationApi(api()).frame();

        HttpResponse<String> conflict = content.publish(early, DemoAccounts.POLE);

        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(conflict.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(api().get("api/public/evaluations/" + early, null).statusCode()).isEqualTo(404);
        assertThat(api().get("api/public/evaluations/" + reported.id(), null).statusCode()).isEqualTo(404);
        assertThat(api().get("api/public/evaluations", null).body()).doesNotContain(reported.title());
    }

    @Test
    void the_published_synthesis_notes_are_public_and_nothing_else_of_a_workshop() {
        PublicContent content = new PublicContent(api());
        PublicContent.Workshop published = content.workshop(true);
        PublicContent.Workshop draft = content.workshop(false);

        HttpResponse<String> response = api().get("api/public/syntheses?size=500", null);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject note = JsonBodies.object(response.body()).getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(n -> n.getJsonNumber("workshopId").longValue() == published.id()).findFirst().orElseThrow();
        assertThat(note.getString("note")).isEqualTo(published.note());
        assertThat(note.keySet()).containsExactlyInAnyOrder("workshopId", "title", "cycle", "note", "publishedAt");
        assertThat(response.body()).doesNotContain(draft.note(), published.minutes(), draft.minutes(), published.amendment(),
                "La proximité d'abord");
        assertThat(response.body()).contains("Atelier Personnes âgées");
    }

    @Test
    void the_validated_programme_years_are_public_and_an_open_one_is_not() {
        int open = new DialogueApi(api()).openProgrammeAcceptingToday().getInt("year");

        HttpResponse<String> years = api().get("api/public/programmes", null);

        assertThat(years.statusCode()).isEqualTo(200);
        List<Integer> listed = JsonBodies.array(years.body()).getValuesAs(JsonNumber.class).stream()
                .map(JsonNumber::intValue).toList();
        assertThat(listed).isNotEmpty().doesNotContain(open);
        listed.forEach(year -> assertThat(api().get("api/public/programmes/" + year, null).statusCode()).isEqualTo(200));
    }
}
