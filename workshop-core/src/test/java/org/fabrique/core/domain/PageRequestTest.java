package org.fabrique.core.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageRequestTest {

    @Test
    void missingParametersMeanTheFirstPageOfFifty() {
        assertThat(PageRequest.of(null, null)).isEqualTo(new PageRequest(0, 50));
        assertThat(PageRequest.of(3, null)).isEqualTo(new PageRequest(3, 50));
        assertThat(PageRequest.of(null, 10)).isEqualTo(new PageRequest(0, 10));
    }

    @Test
    void theOffsetIsPageTimesSize() {
        assertThat(new PageRequest(0, 20).offset()).isZero();
        assertThat(new PageRequest(3, 20).offset()).isEqualTo(60);
    }

    @ParameterizedTest
    @CsvSource({"0,1", "0,500", "7,25"})
    void pagesWithinBoundsAreAccepted(int page, int size) {
        assertThat(new PageRequest(page, size).size()).isEqualTo(size);
    }

    @ParameterizedTest
    @CsvSource({"-1,50,page", "0,0,size", "0,-5,size", "0,501,size", "2147483647,500,page"})
    void pagesOutOfBoundsAreRefused(int page, int size, String field) {
        assertThatThrownBy(() -> new PageRequest(page, size))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(field);
        assertThatThrownBy(() -> PageRequest.of(page, size)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPageMapsItsItemsAndKeepsItsPosition() {
        Page<Integer> page = Page.of(List.of(1, 2, 3), new PageRequest(1, 3), 8);

        Page<String> mapped = page.map(i -> "#" + i);

        assertThat(mapped).isEqualTo(new Page<>(List.of("#1", "#2", "#3"), 1, 3, 8));
    }
}
