package org.fabrique.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MyWorkTest {

    private static PendingItem item(String kind, LocalDate due) {
        return new PendingItem("pending." + kind, List.of(), "/" + kind, due);
    }

    @Test
    void dated_items_come_first_by_their_day_then_the_others_in_the_missions_order() {
        LocalDate today = LocalDate.of(2026, 12, 5);
        List<PendingItem> sorted = MyWork.sorted(List.of(item("a", null), item("b", today.plusDays(3)),
                item("c", null), item("d", today.minusDays(40)), item("e", today)));

        assertThat(sorted).extracting(PendingItem::kind).containsExactly("d", "e", "b", "a", "c");
    }

    @Test
    void a_kind_is_the_key_without_its_prefix_and_every_key_has_the_prefix() {
        assertThat(item("dialogue.overdue", null).kind()).isEqualTo("dialogue.overdue");
        assertThatThrownBy(() -> new PendingItem("dialogue.overdue", List.of(), "/x"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
