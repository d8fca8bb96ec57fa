package org.fabrique.web.it.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import org.fabrique.web.it.DemoAccounts;
import org.fabrique.web.it.DeployedFabrique;
import org.fabrique.web.it.JsonBodies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Indicators through the API: the pôle defines one with its baseline and target and records values over
 * time; any account reads the series by date, the latest value and how far it has gone towards the target.
 */
class IndicatorApiIT extends DeployedFabrique {

    private EvaluationApi evaluations() {
        return new EvaluationApi(api());
    }

    private JsonObject indicator(long evaluationId, String username) {
        HttpResponse<String> list = api().get("api/evaluations/" + evaluationId + "/indicators", username);
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        return JsonBodies.array(list.body()).getJsonObject(0);
    }

    @Test
    void measurements_over_time_come_back_by_date_with_the_latest_value_and_the_progress() {
        long evaluation = evaluations().frame();
        long indicator = evaluations().indicator(evaluation);

        JsonObject defined = indicator(evaluation, DemoAccounts.PARTICIPANT);
        assertThat(defined.getString("name")).isEqualTo("Taux de présence des élus");
        assertThat(defined.getJsonNumber("baseline").intValue()).isEqualTo(20);
        assertThat(defined.getJsonNumber("target").intValue()).isEqualTo(80);
        assertThat(defined.get("progress")).as("nothing measured yet").isIn(null, JsonValue.NULL);

        HttpResponse<String> june = evaluations().measure(indicator, "2025-06-30", "50");
        assertThat(june.statusCode()).as(june.body()).isEqualTo(201);
        assertThat(june.headers().firstValue("Location").orElseThrow()).contains("/api/indicators/" + indicator + "/measurements/");
        assertThat(evaluations().measure(indicator, "2025-01-31", "35").statusCode()).as("an older value typed later")
                .isEqualTo(201);
        assertThat(evaluations().measure(indicator, "2025-12-31", "80.5").statusCode()).isEqualTo(201);

        JsonObject series = indicator(evaluation, DemoAccounts.DIRECTORATE);
        assertThat(series.getJsonArray("measurements").stream().map(JsonValue::asJsonObject))
                .extracting(m -> m.getString("measuredOn"))
                .containsExactly("2025-01-31", "2025-06-30", "2025-12-31");
        assertThat(series.getJsonNumber("latest").bigDecimalValue()).isEqualByComparingTo("80.5");
        assertThat(series.getJsonNumber("progress").bigDecimalValue()).isEqualByComparingTo("100.8");
        assertThat(series.getBoolean("targetReached")).isTrue();

        long december = series.getJsonArray("measurements").getJsonObject(2).getJsonNumber("id").longValue();
        HttpResponse<String> withdrawn = api().send(api().request("api/indicators/" + indicator + "/measurements/" + december,
                DemoAccounts.POLE).DELETE().build());
        assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
        JsonObject after = indicator(evaluation, DemoAccounts.ELECTED);
        assertThat(after.getJsonNumber("latest").bigDecimalValue()).isEqualByComparingTo("50");
        assertThat(after.getJsonNumber("progress").bigDecimalValue()).isEqualByComparingTo("50.0");
        assertThat(after.getBoolean("targetReached")).isFalse();
    }

    @Test
    void a_second_measurement_on_the_same_date_is_refused() {
        long indicator = evaluations().indicator(evaluations().frame());
        assertThat(evaluations().measure(indicator, "2025-03-31", "42").statusCode()).isEqualTo(201);

        HttpResponse<String> twice = evaluations().measure(indicator, "2025-03-31", "43");

        assertThat(twice.statusCode()).isEqualTo(400);
        assertThat(twice.body()).contains("\"field\":\"measuredOn\"", "already recorded on this date");
        HttpResponse<String> noValue = api().post("api/indicators/" + indicator + "/measurements", DemoAccounts.POLE,
                EvaluationApi.JSON, "{\"measuredOn\":\"2025-04-30\"}");
        assertThat(noValue.statusCode()).isEqualTo(400);
        assertThat(noValue.body()).contains("\"field\":\"value\"");
    }

    @Test
    void the_pole_deletes_an_indicator_defined_by_mistake_while_no_value_is_measured_and_its_history_keeps_it() {
        long evaluation = evaluations().frame();
        long indicator = evaluations().indicator(evaluation);
        String path = "api/indicators/" + indicator;
        assertThat(indicator(evaluation, DemoAccounts.POLE).getJsonArray("actions").getValuesAs(JsonValue::toString))
                .containsExactlyInAnyOrder("\"CORRECT\"", "\"DELETE\"");
        assertThat(indicator(evaluation, DemoAccounts.ELECTED).getJsonArray("actions")).isEmpty();
        assertThat(evaluations().measure(indicator, "2025-03-31", "42").statusCode()).isEqualTo(201);
        assertThat(indicator(evaluation, DemoAccounts.POLE).getJsonArray("actions").getValuesAs(JsonValue::toString))
                .as("a value is measured").containsExactly("\"CORRECT\"");

        HttpResponse<String> measured = api().send(api().request(path, DemoAccounts.POLE).DELETE().build());
        assertThat(measured.statusCode()).isEqualTo(409);
        assertThat(measured.body()).contains("withdraw them before deleting it");
        assertThat(api().send(api().request(path, DemoAccounts.DIRECTORATE).DELETE().build()).statusCode())
                .isEqualTo(403);
        long measurement = indicator(evaluation, DemoAccounts.POLE).getJsonArray("measurements").getJsonObject(0)
                .getJsonNumber("id").longValue();
        assertThat(api().send(api().request(path + "/measurements/" + measurement, DemoAccounts.POLE).DELETE().build())
                .statusCode()).isEqualTo(200);

        assertThat(api().send(api().request(path, DemoAccounts.POLE).DELETE().build()).statusCode()).isEqualTo(204);
        assertThat(JsonBodies.array(api().get("api/evaluations/" + evaluation + "/indicators", DemoAccounts.POLE)
                .body())).isEmpty();
        JsonObject newest = JsonBodies.object(api().get("api/evaluations/" + evaluation + "/history",
                DemoAccounts.POLE).body()).getJsonArray("items").getJsonObject(0);
        assertThat(newest.getString("kind")).isEqualTo("indicator");
        assertThat(newest.getString("action")).isEqualTo("DELETED");
        assertThat(newest.getString("label")).isNotBlank();
    }

    @ParameterizedTest
    @ValueSource(strings = {DemoAccounts.DIRECTORATE, DemoAccounts.ELECTED, DemoAccounts.PARTICIPANT})
    void only_the_pole_defines_indicators_and_records_values(String username) {
        long evaluation = evaluations().frame();
        long indicator = evaluations().indicator(evaluation);

        assertThat(api().post("api/evaluations/" + evaluation + "/indicators", username, EvaluationApi.JSON,
                "{\"name\":\"Nombre d'ateliers\",\"unit\":\"ateliers\"}").statusCode()).isEqualTo(403);
        assertThat(api().post("api/indicators/" + indicator + "/measurements", username, EvaluationApi.JSON,
                "{\"measuredOn\":\"2025-03-31\",\"value\":42}").statusCode()).isEqualTo(403);
        assertThat(indicator(evaluation, username).getJsonArray("measurements")).as("nothing recorded").isEmpty();
        assertThat(api().get("api/evaluations/" + evaluation + "/indicators", username).body())
                .doesNotContain("Nombre d'ateliers");
    }
}
