package org.fabrique.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TextsTest {

    private final Texts texts = new Texts();

    @Test
    void french_is_read_from_the_base_bundle_whatever_the_jvm_locale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            assertThat(texts.page("login.title", Texts.FRENCH)).isEqualTo("Connexion");
            assertThat(texts.page("login.title", Texts.ENGLISH)).isEqualTo("Sign in");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void arguments_are_formatted() {
        assertThat(texts.page("accounts.created", Texts.ENGLISH, "elu")).isEqualTo("Account elu created.");
    }

    @Test
    void the_api_answers_in_english_unless_french_is_preferred() {
        assertThat(Texts.apiLocale(List.of())).isEqualTo(Texts.ENGLISH);
        assertThat(Texts.apiLocale(List.of(Locale.GERMAN, Locale.FRANCE))).isEqualTo(Texts.FRENCH);
        assertThat(Texts.apiLocale(List.of(Locale.US, Locale.FRENCH))).isEqualTo(Texts.ENGLISH);
    }

    @Test
    void an_unknown_language_falls_back_to_french() {
        assertThat(Texts.supported("de")).isEqualTo(Texts.FRENCH);
        assertThat(Texts.supported("EN")).isEqualTo(Texts.ENGLISH);
    }
}
