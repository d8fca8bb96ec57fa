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

    private static Properties load(String resource) throws IOException {
        try (InputStream in = BundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
