package org.fabrique.web.faces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;
import org.junit.jupiter.api.Test;

/** A page's pager over a list of 23 rows, 10 a page, read as the database would: a page at a time. */
class PageWindowTest {

    private static final List<Integer> ROWS = IntStream.rangeClosed(1, 23).boxed().toList();

    private final List<PageRequest> asked = new ArrayList<>();

    private Page<Integer> read(PageRequest request) {
        asked.add(request);
        int from = Math.min(request.page() * request.size(), ROWS.size());
        int to = Math.min(from + request.size(), ROWS.size());
        return Page.of(ROWS.subList(from, to), request, ROWS.size());
    }

    @Test
    void the_first_page_shows_its_rows_and_a_next_page() {
        PageWindow pager = new PageWindow(10);

        Page<Integer> shown = pager.read(0, this::read);

        assertThat(shown.items()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(pager.getPage()).isZero();
        assertThat(pager.getFirst()).isEqualTo(1);
        assertThat(pager.getLast()).isEqualTo(10);
        assertThat(pager.getTotal()).isEqualTo(23);
        assertThat(pager.isPaged()).isTrue();
        assertThat(pager.isPrevious()).isFalse();
        assertThat(pager.isMore()).isTrue();
        assertThat(asked).containsExactly(new PageRequest(0, 10));
    }

    @Test
    void the_last_page_shows_what_is_left_and_no_next_page() {
        PageWindow pager = new PageWindow(10);

        Page<Integer> shown = pager.read(2, this::read);

        assertThat(shown.items()).containsExactly(21, 22, 23);
        assertThat(pager.getFirst()).isEqualTo(21);
        assertThat(pager.getLast()).isEqualTo(23);
        assertThat(pager.isPrevious()).isTrue();
        assertThat(pager.isMore()).isFalse();
    }

    @Test
    void past_the_last_page_it_reads_the_last_one() {
        PageWindow pager = new PageWindow(10);

        Page<Integer> shown = pager.read(7, this::read);

        assertThat(shown.items()).containsExactly(21, 22, 23);
        assertThat(pager.getPage()).isEqualTo(2);
        assertThat(asked).containsExactly(new PageRequest(7, 10), new PageRequest(2, 10));
    }

    @Test
    void a_negative_or_huge_page_number_is_bounded_before_any_read() {
        PageWindow pager = new PageWindow(10);

        pager.read(-3, this::read);
        assertThat(pager.getPage()).isZero();

        pager.read(Integer.MAX_VALUE, this::read);
        assertThat(asked.get(1)).isEqualTo(new PageRequest(PageWindow.LAST_PAGE, 10));
        assertThat(pager.getPage()).isEqualTo(2);
    }

    @Test
    void a_list_within_one_page_has_no_pager_and_an_empty_one_shows_nothing() {
        PageWindow pager = new PageWindow(30);
        pager.read(0, this::read);
        assertThat(pager.isPaged()).isFalse();
        assertThat(pager.getLast()).isEqualTo(23);

        PageWindow empty = new PageWindow(10);
        empty.read(4, request -> Page.<Integer>of(List.of(), request, 0));
        assertThat(empty.getPage()).as("no last page to go back to").isEqualTo(4);
        assertThat(empty.getFirst()).isZero();
        assertThat(empty.isPaged()).isFalse();
        assertThat(empty.isMore()).isFalse();
    }

    @Test
    void an_answer_holding_a_page_is_read_through_it() {
        record Programme(String name, Page<Integer> projects) {
        }
        PageWindow pager = new PageWindow(10);

        Programme shown = pager.read(1, request -> new Programme("2025", read(request)), Programme::projects);

        assertThat(shown.name()).isEqualTo("2025");
        assertThat(shown.projects().items()).startsWith(11).endsWith(20);
        assertThat(pager.getFirst()).isEqualTo(11);
    }

    @Test
    void a_size_outside_the_requests_bounds_is_refused() {
        assertThatThrownBy(() -> new PageWindow(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PageWindow(PageRequest.MAX_SIZE + 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
