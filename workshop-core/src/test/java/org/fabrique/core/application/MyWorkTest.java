package org.fabrique.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.fabrique.core.domain.Role;
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

    /**
     * The sources are resolved once, not at each call: iterating CDI's {@code Instance} makes new instances of the
     * missions' stateless beans each time, which this application-wide bean would keep until the server stops
     * (90,000 of them after one benchmark run).
     */
    @Test
    void the_sources_are_resolved_once_not_at_each_call() {
        LocalDate today = LocalDate.of(2026, 12, 5);
        Sources sources = new Sources(List.of(caller -> List.of(item("a", today)), caller -> List.of(item("b", null))));
        MyWork work = new MyWork();
        work.sources = sources;
        work.accounts = new AccountService() {
            @Override
            public Caller me() {
                return new Caller(1, "pole", "Pôle", Role.POLE, null, null, null, "fr");
            }
        };
        work.resolve();
        for (int call = 0; call < 3; call++) {
            assertThat(work.forMe()).extracting(PendingItem::kind).containsExactly("a", "b");
        }
        assertThat(sources.iterations).as("iterations of the Instance").isEqualTo(1);
    }

    /** An {@code Instance} of fixed sources that counts how often it is iterated. */
    private static final class Sources implements Instance<PendingWork> {
        private final List<PendingWork> all;
        int iterations;

        Sources(List<PendingWork> all) {
            this.all = all;
        }

        @Override
        public Iterator<PendingWork> iterator() {
            iterations++;
            return all.iterator();
        }

        @Override
        public Stream<PendingWork> stream() {
            iterations++;
            return all.stream();
        }

        @Override
        public PendingWork get() { throw new UnsupportedOperationException(); }
        @Override
        public Instance<PendingWork> select(Annotation... qualifiers) { throw new UnsupportedOperationException(); }
        @Override
        public <U extends PendingWork> Instance<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
        @Override
        public <U extends PendingWork> Instance<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
        @Override
        public boolean isUnsatisfied() { return all.isEmpty(); }
        @Override
        public boolean isAmbiguous() { return all.size() > 1; }
        @Override
        public void destroy(PendingWork instance) { throw new UnsupportedOperationException(); }
        @Override
        public Handle<PendingWork> getHandle() { throw new UnsupportedOperationException(); }
        @Override
        public Iterable<? extends Handle<PendingWork>> handles() { throw new UnsupportedOperationException(); }
    }
}
