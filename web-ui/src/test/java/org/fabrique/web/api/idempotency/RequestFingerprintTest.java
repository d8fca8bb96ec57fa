package org.fabrique.web.api.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RequestFingerprintTest {

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void the_same_request_has_the_same_fingerprint_of_64_hex_digits() {
        String first = RequestFingerprint.of("POST", "programmes/3/candidates", utf8("{\"title\":\"Bibliothèque\"}"));

        assertThat(first).hasSize(RequestFingerprint.LENGTH).matches("[0-9a-f]{64}");
        assertThat(RequestFingerprint.of("POST", "programmes/3/candidates", utf8("{\"title\":\"Bibliothèque\"}")))
                .isEqualTo(first);
    }

    @Test
    void another_method_path_query_or_body_is_another_request() {
        String first = RequestFingerprint.of("POST", "programmes/3/candidates", utf8("{\"title\":\"A\"}"));

        assertThat(RequestFingerprint.of("PUT", "programmes/3/candidates", utf8("{\"title\":\"A\"}"))).isNotEqualTo(first);
        assertThat(RequestFingerprint.of("POST", "programmes/4/candidates", utf8("{\"title\":\"A\"}"))).isNotEqualTo(first);
        assertThat(RequestFingerprint.of("POST", "programmes/3/candidates?x=1", utf8("{\"title\":\"A\"}")))
                .isNotEqualTo(first);
        assertThat(RequestFingerprint.of("POST", "programmes/3/candidates", utf8("{\"title\":\"B\"}"))).isNotEqualTo(first);
        assertThat(RequestFingerprint.of("POST", "programmes/3/candidates", utf8("{\"title\": \"A\"}")))
                .as("the body's exact bytes count").isNotEqualTo(first);
    }

    @Test
    void no_body_is_an_empty_body_and_path_and_body_cannot_be_cut_differently() {
        assertThat(RequestFingerprint.of("POST", "candidates/1/submission", null))
                .isEqualTo(RequestFingerprint.of("POST", "candidates/1/submission", new byte[0]));
        assertThat(RequestFingerprint.of("POST", "a", utf8("\nb"))).isNotEqualTo(RequestFingerprint.of("POST", "a\n", utf8("b")));
    }
}
