package org.fabrique.core.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ResourceRefTest {

    @Test
    void itIsWrittenKindColonId() {
        assertThat(new ResourceRef(ResourceKind.WORKSHOP, 12)).hasToString("WORKSHOP:12");
    }

    @ParameterizedTest
    @EnumSource(ResourceKind.class)
    void parsingReadsBackWhatWasWritten(ResourceKind kind) {
        ResourceRef ref = new ResourceRef(kind, 9_007_199_254_740_993L);

        assertThat(ResourceRef.parse(ref.toString())).isEqualTo(ref);
    }

    @Test
    void parsingGivesTheKindAndId() {
        ResourceRef ref = ResourceRef.parse("EVALUATION_RECOMMENDATION:4");

        assertThat(ref.kind()).isEqualTo(ResourceKind.EVALUATION_RECOMMENDATION);
        assertThat(ref.id()).isEqualTo(4);
    }

    @Test
    void referencesAreEqualByKindAndId() {
        assertThat(new ResourceRef(ResourceKind.WORKSHOP, 3))
                .isEqualTo(new ResourceRef(ResourceKind.WORKSHOP, 3))
                .hasSameHashCodeAs(new ResourceRef(ResourceKind.WORKSHOP, 3))
                .isNotEqualTo(new ResourceRef(ResourceKind.WORKSHOP, 4))
                .isNotEqualTo(new ResourceRef(ResourceKind.EVALUATION, 3));
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1, Long.MIN_VALUE})
    void theIdMustBePositive(long id) {
        assertThatThrownBy(() -> new ResourceRef(ResourceKind.PROGRAMME, id))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("id");
    }

    @Test
    void theKindIsRequired() {
        assertThatNullPointerException().isThrownBy(() -> new ResourceRef(null, 1)).withMessageContaining("kind");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"WORKSHOP", "WORKSHOP:", ":12", "WORKSHOP12", "workshop:12", "ATELIER:12",
            "WORKSHOP:0", "WORKSHOP:-3", "WORKSHOP:+3", "WORKSHOP:1.5", "WORKSHOP:12:1", " WORKSHOP:12",
            "WORKSHOP:12 ", "WORKSHOP:99999999999999999999"})
    void badTextIsRefused(String text) {
        assertThatThrownBy(() -> ResourceRef.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }
}
