package org.fabrique.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** French is complete (it is the base) and English has exactly the same keys. */
class BundlesTest {

    @ParameterizedTest
    @ValueSource(strings = {"org/fabrique/web/i18n/messages", "ValidationMessages", "org/fabrique/web/i18n/faces"})
    void english_has_every_key_of_french_and_no_other(String bundle) throws IOException {
        Set<String> french = load(bundle + ".properties").stringPropertyNames();
        Set<String> english = load(bundle + "_en.properties").stringPropertyNames();

        assertThat(french).isNotEmpty();
        assertThat(english).containsExactlyInAnyOrderElementsOf(french);
    }

    @ParameterizedTest
    @ValueSource(strings = {"org/fabrique/web/i18n/messages_fr.properties", "ValidationMessages_fr.properties",
            "org/fabrique/web/i18n/faces_fr.properties"})
    void the_french_files_only_stop_the_fallback(String file) throws IOException {
        assertThat(load(file)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void counts_choose_singular_or_plural_in_both_languages() throws IOException {
        Properties french = load("org/fabrique/web/i18n/messages.properties");
        Properties english = load("org/fabrique/web/i18n/messages_en.properties");

        assertThat(format(french, "pending.dialogue.overdue", 1L)).isEqualTo("Une préconisation en retard de réponse");
        assertThat(format(french, "pending.dialogue.overdue", 12L)).isEqualTo("12 préconisations en retard de réponse");
        assertThat(format(french, "pending.dialogue.toArbitrate", 3L, "2027"))
                .isEqualTo("3 projets candidats étudiés à arbitrer (programme 2027)");
        assertThat(format(english, "pending.evaluation.overdue", 1L, "Ateliers"))
                .isEqualTo("One recommendation overdue for follow-up in the evaluation \"Ateliers\"");
        assertThat(format(french, "dialogue.validation.warnUnstudied", 2L))
                .isEqualTo("2 projets déposés n'ont pas été étudiés et ne seront pas retenus.");
        assertThat(format(french, "prospective.document.adoptUndecided", 1L)).startsWith("Un amendement attend encore")
                .contains("l'adoption sera refusée tant qu'il n'est pas décidé");
        assertThat(format(french, "dialogue.validation.confirmRetained", 32L))
                .contains("Ces 32 projets retenus deviendront des démarches de dialogue, et la Ville s'engagera");
        assertThat(format(english, "prospective.document.adoptUndecided", 2L)).startsWith("2 amendments still await the group's");
    }

    @org.junit.jupiter.api.Test
    void a_day_in_a_text_is_written_out_in_the_language() {
        Texts texts = new Texts();
        java.time.LocalDate closes = java.time.LocalDate.of(2027, 1, 31);

        assertThat(texts.page("pending.dialogue.open", Texts.FRENCH, "2027", closes))
                .isEqualTo("Le programme 2027 reçoit les projets candidats jusqu'au 31 janvier 2027");
        assertThat(texts.page("pending.dialogue.open", Texts.ENGLISH, "2027", closes))
                .isEqualTo("Programme 2027 takes candidate projects until January 31, 2027");
        assertThat(texts.page("pending.prospective.session", Texts.FRENCH, closes, "Demain"))
                .isEqualTo("Séance du 31 janvier 2027 : atelier « Demain »");
        assertThat(texts.page("pending.prospective.convene", Texts.FRENCH, "Demain"))
                .isEqualTo("Aucune séance convoquée pour la séquence en cours de l'atelier « Demain »");
        assertThat(texts.page("pending.dialogue.toPublish", Texts.FRENCH, 12L)).isEqualTo("12 réponses à publier");
    }

    private static String format(Properties bundle, String key, Object... arguments) {
        return new java.text.MessageFormat(bundle.getProperty(key), java.util.Locale.FRENCH).format(arguments);
    }

    private static Properties load(String resource) throws IOException {
        try (InputStream in = BundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
