package org.fabrique.web.api.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdempotencyKeyTest {

    @Test
    void no_header_is_no_key() {
        assertThat(IdempotencyKey.of(null)).isEmpty();
        assertThat(IdempotencyKey.of(List.of())).isEmpty();
    }

    @Test
    void a_uuid_is_a_key_quoted_or_not() {
        assertThat(IdempotencyKey.of(List.of("8e03978e-40d5-43e8-bc93-6894a57f9324")))
                .contains(new IdempotencyKey("8e03978e-40d5-43e8-bc93-6894a57f9324"));
        assertThat(IdempotencyKey.of(List.of("\"8e03978e-40d5-43e8-bc93-6894a57f9324\"")))
                .contains(new IdempotencyKey("8e03978e-40d5-43e8-bc93-6894a57f9324"));
    }

    @Test
    void a_key_of_255_printable_characters_is_accepted_256_is_not() {
        assertThat(IdempotencyKey.of(List.of("k".repeat(255)))).isPresent();
        assertThatThrownBy(() -> IdempotencyKey.of(List.of("k".repeat(256))))
                .isInstanceOf(MalformedIdempotencyKey.class).hasMessageContaining("Idempotency-Key")
                .hasMessageContaining("at most 255");
        assertThat(IdempotencyKey.of(List.of("commande 12 / essai ~ 3"))).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\"\"", "clé", "a\tb", "a\u0007b", "a\u007Fb", "\"a\"b\"", "\"a\\b\""})
    void an_empty_key_or_one_with_control_accented_or_quote_characters_is_malformed(String value) {
        assertThatThrownBy(() -> IdempotencyKey.of(List.of(value)))
                .isInstanceOf(MalformedIdempotencyKey.class).hasMessageContaining("Idempotency-Key");
    }

    @Test
    void the_header_sent_twice_is_malformed() {
        assertThatThrownBy(() -> IdempotencyKey.of(List.of("a", "b")))
                .isInstanceOf(MalformedIdempotencyKey.class).hasMessageContaining("one Idempotency-Key");
    }
}
