package org.fabrique.web.browser.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonValue;
import java.util.List;
import org.fabrique.web.browser.Browser;
import org.fabrique.web.it.DemoAccounts;
import org.fabrique.web.it.DeployedFabrique;
import org.fabrique.web.it.JsonBodies;
import org.fabrique.web.it.evaluation.EvaluationApi;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * An indicator drawn against its baseline and target in the browser: the pôle defines it and measures it
 * twice, and the chart, the latest value and the progress follow; a second value on the same date is
 * refused; a directorate reads the page without the forms.
 */
class IndicatorChartIT extends DeployedFabrique {

    private static void measure(Browser browser, String date, String value) {
        browser.fillDate("addMeasurement:measuredOn", date);
        WebElement input = browser.driver().findElement(By.id("addMeasurement:value"));
        input.clear();
        input.sendKeys(value);
        browser.driver().findElement(By.id("addMeasurement:measureButton")).click();
    }

    private static List<Double> pointsY(Browser browser, long indicator) {
        return browser.driver().findElements(By.cssSelector("#chart-" + indicator + " svg circle.measurement")).stream()
                .map(c -> Double.valueOf(c.getDomAttribute("cy"))).toList();
    }

    @Test
    void the_pole_measures_an_indicator_and_its_chart_follows() {
        EvaluationApi evaluations = new EvaluationApi(api());
        long id = evaluations.frame();
        String name = "Élus présents en séance " + id;

        try (Browser browser = new Browser(base)) {
            browser.signIn(DemoAccounts.POLE);
            browser.open("/evaluation/indicators.xhtml?evaluation=" + id);
            assertThat(browser.heading()).startsWith("Indicateurs — Évaluation d'essai");
            assertThat(browser.text(By.id("noIndicator"))).isEqualTo("Aucun indicateur pour l'instant.");
            browser.assertAccessible();

            browser.driver().findElement(By.id("defineIndicator:name")).sendKeys(name);
            browser.driver().findElement(By.id("defineIndicator:unit")).sendKeys("%");
            browser.driver().findElement(By.id("defineIndicator:baseline")).sendKeys("20");
            browser.driver().findElement(By.id("defineIndicator:target")).sendKeys("80");
            browser.driver().findElement(By.id("defineIndicator:source")).sendKeys("Feuilles d'émargement");
            browser.driver().findElement(By.id("defineIndicator:defineButton")).click();
            browser.waitForMessage(".message-info", "Indicateur défini.");
            browser.waitForAjax();
            long indicator = JsonBodies.array(api().get("api/evaluations/" + id + "/indicators", DemoAccounts.POLE).body())
                    .stream().map(JsonValue::asJsonObject).filter(i -> i.getString("name").equals(name)).findFirst()
                    .orElseThrow().getJsonNumber("id").longValue();
            WebElement chart = browser.driver().findElement(By.cssSelector("#chart-" + indicator + " svg"));
            assertThat(chart.getDomAttribute("role")).isEqualTo("img");
            assertThat(browser.driver().findElements(By.cssSelector("#chart-" + indicator + " svg line.baseline"))).hasSize(1);
            assertThat(browser.driver().findElements(By.cssSelector("#chart-" + indicator + " svg line.target"))).hasSize(1);
            assertThat(pointsY(browser, indicator)).isEmpty();
            assertThat(browser.text(By.id("latest-" + indicator))).isEqualTo("Aucune mesure");

            measure(browser, "2026-01-15", "35");
            browser.waitForMessage(".message-info", "Mesure ajoutée.");
            browser.waitForAjax();
            assertThat(pointsY(browser, indicator)).hasSize(1);
            assertThat(browser.text(By.id("latest-" + indicator))).isEqualTo("35 %");
            assertThat(browser.text(By.id("progress-" + indicator))).isEqualTo("25 %");
            assertThat(browser.text(By.id("reached-" + indicator))).isEqualTo("Cible non atteinte");

            measure(browser, "2026-06-15", "50");
            browser.waitForMessage(".message-info", "Mesure ajoutée.");
            browser.waitForAjax();
            List<Double> ys = pointsY(browser, indicator);
            assertThat(ys).hasSize(2);
            assertThat(ys.get(1)).isLessThan(ys.get(0));
            assertThat(browser.text(By.id("latest-" + indicator))).isEqualTo("50 %");
            assertThat(browser.text(By.id("progress-" + indicator))).isEqualTo("50 %");
            assertThat(browser.text(By.id("measurements-" + indicator))).contains("15 janvier 2026", "15 juin 2026");
            browser.assertAccessible();

            measure(browser, "2026-06-15", "60");
            browser.waitForMessage(".ui-message-error", "Une valeur est déjà enregistrée à cette date pour cet indicateur.");
            browser.waitForAjax();
            assertThat(pointsY(browser, indicator)).hasSize(2);
            assertThat(browser.text(By.id("latest-" + indicator))).isEqualTo("50 %");
            browser.assertAccessible();
        }

        long indicator = JsonBodies.array(api().get("api/evaluations/" + id + "/indicators", DemoAccounts.POLE).body())
                .getJsonObject(0).getJsonNumber("id").longValue();
        try (Browser browser = new Browser(base)) {
            browser.signIn(DemoAccounts.DIRECTORATE);
            browser.open("/evaluation/indicators.xhtml?evaluation=" + id);
            assertThat(pointsY(browser, indicator)).hasSize(2);
            assertThat(browser.text(By.id("progress-" + indicator))).isEqualTo("50 %");
            assertThat(browser.driver().findElements(By.id("defineIndicator"))).isEmpty();
            assertThat(browser.driver().findElements(By.id("addMeasurement"))).isEmpty();
            assertThat(browser.driver().findElements(By.cssSelector("button[id$='withdraw']"))).isEmpty();
            assertThat(browser.driver().findElements(By.id("interviewsLink"))).isEmpty();
            browser.assertAccessible();
        }
    }

    @Test
    void the_pole_withdraws_a_wrong_measurement() {
        EvaluationApi evaluations = new EvaluationApi(api());
        long id = evaluations.frame();
        long indicator = evaluations.indicator(id);
        assertThat(evaluations.measure(indicator, "2026-02-01", "30").statusCode()).isEqualTo(201);
        assertThat(evaluations.measure(indicator, "2026-03-01", "300").statusCode()).isEqualTo(201);

        try (Browser browser = new Browser(base)) {
            browser.signIn(DemoAccounts.POLE);
            browser.open("/evaluation/indicators.xhtml?evaluation=" + id);
            assertThat(pointsY(browser, indicator)).hasSize(2);
            assertThat(browser.text(By.id("latest-" + indicator))).isEqualTo("300 %");
            browser.driver().findElements(By.cssSelector("#measurements-" + indicator + " button[id$='withdraw']")).get(1).click();
            browser.waitForMessage(".message-info", "Mesure retirée.");
            browser.waitForAjax();
            assertThat(pointsY(browser, indicator)).hasSize(1);
            assertThat(browser.text(By.id("latest-" + indicator))).isEqualTo("30 %");
            assertThat(new Select(browser.driver().findElement(By.id("addMeasurement:indicator"))).getFirstSelectedOption()
                    .getText()).isEqualTo("Taux de présence des élus (%)");
            browser.assertAccessible();
        }
    }
}
