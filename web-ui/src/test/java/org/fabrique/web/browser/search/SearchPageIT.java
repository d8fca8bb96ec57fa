package org.fabrique.web.browser.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.fabrique.web.browser.Browser;
import org.fabrique.web.it.DemoAccounts;
import org.fabrique.web.it.DeployedFabrique;
import org.fabrique.web.it.JsonBodies;
import org.fabrique.web.it.dialogue.DialogueApi;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The search box of the layout and its results page: grouped by kind, the matched words marked, in
 * French and in English, accessible in each state.
 */
class SearchPageIT extends DeployedFabrique {

    private static String uniqueWord() {
        String consonants = "bcdfghjklmnpqrtvwz";
        StringBuilder word = new StringBuilder("kw");
        for (int i = 0; i < 10; i++) {
            word.append(consonants.charAt((int) (Math.random() * consonants.length())));
        }
        return word.toString();
    }

    @Test
    void typing_in_the_layouts_box_shows_the_results_grouped_with_the_words_marked() {
        String word = uniqueWord();
        DialogueApi dialogue = new DialogueApi(api());
        long programme = dialogue.openProgrammeAcceptingToday().getJsonNumber("id").longValue();
        long id = JsonBodies.object(dialogue.draft(programme, DemoAccounts.DIRECTORATE,
                dialogue.completeCandidate("Équipements de plein air " + word)).body()).getJsonNumber("id").longValue();

        try (Browser browser = new Browser(base)) {
            browser.signIn(DemoAccounts.DIRECTORATE);
            browser.driver().findElement(By.id("searchQuery")).sendKeys("equipement " + word);
            browser.clickAndWaitForNextPage(By.id("searchSubmit"));

            assertThat(browser.heading()).isEqualTo("Recherche");
            assertThat(browser.text(By.id("searchSummary"))).isEqualTo("Un résultat pour « equipement " + word + " »");
            assertThat(browser.text(By.id("group-CANDIDATE"))).isEqualTo("Projets candidats (1)");
            List<String> marked = browser.driver().findElements(By.cssSelector(".search-results mark")).stream()
                    .map(WebElement::getText).toList();
            assertThat(marked).contains("Équipements", word);
            WebElement link = browser.driver().findElement(By.cssSelector(".search-results a"));
            assertThat(link.getDomAttribute("href")).endsWith("/dialogue/candidate.xhtml?id=" + id);
            assertThat(browser.driver().findElement(By.id("searchQuery")).getDomProperty("value"))
                    .isEqualTo("equipement " + word);
            browser.assertAccessible();

            browser.chooseLanguage("en");
            try {
                browser.open("/search.xhtml?q=" + URLEncoder.encode("équipements " + word, StandardCharsets.UTF_8));
                assertThat(browser.heading()).isEqualTo("Search");
                assertThat(browser.text(By.id("searchSummary"))).isEqualTo("One result for “équipements " + word + "”");
                assertThat(browser.text(By.id("group-CANDIDATE"))).isEqualTo("Candidate projects (1)");
                browser.assertAccessible();

                browser.open("/search.xhtml?q=" + URLEncoder.encode("équipement", StandardCharsets.UTF_8));
                assertThat(browser.text(By.id("group-RECOMMENDATION"))).startsWith("Citizens' recommendations (");
                assertThat(browser.driver().findElements(By.cssSelector(".search-group"))).hasSizeGreaterThanOrEqualTo(2);
                browser.assertAccessible();

                browser.open("/search.xhtml");
                assertThat(browser.text(By.id("searchHint"))).startsWith("Type one or more words");
                browser.assertAccessible();
            } finally {
                browser.chooseLanguage("fr");
            }
        }
    }
}
