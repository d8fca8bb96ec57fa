package org.fabrique.web.documents.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;
import org.junit.jupiter.api.Test;

class ChunksTest {

    private final List<Integer> asked = new ArrayList<>();

    private Page<Integer> source(PageRequest request, int total) {
        asked.add(request.page());
        List<Integer> items = IntStream.range(request.offset(), Math.min(total, request.offset() + request.size()))
                .boxed().toList();
        return Page.of(items, request, total);
    }

    @Test
    void readsEveryItemPageByPageAsTheStreamIsConsumed() {
        Stream<Integer> all = Chunks.all(request -> source(request, 7), 3);

        assertThat(asked).containsExactly(0);
        assertThat(all.toList()).containsExactly(0, 1, 2, 3, 4, 5, 6);
        assertThat(asked).containsExactly(0, 1, 2);
    }

    @Test
    void asksOncePerFullPageAndNoMore() {
        assertThat(Chunks.all(request -> source(request, 6), 3).toList()).hasSize(6);
        assertThat(asked).containsExactly(0, 1);
    }

    @Test
    void anEmptyListIsOneQuery() {
        assertThat(Chunks.all(request -> source(request, 0), 3).toList()).isEmpty();
        assertThat(asked).containsExactly(0);
    }

    @Test
    void aRefusalComesBeforeAnyRowIsRead() {
        assertThatThrownBy(() -> Chunks.all(request -> {
            throw new SecurityException("not a member");
        })).isInstanceOf(SecurityException.class);
    }
}
