package org.fabrique.core.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What waits for the signed-in person, gathered from every mission's {@link PendingWork}: the one list
 * behind the home page and {@code GET /api/me/work}. Most urgent first: dated items by their day (the
 * overdue ones, dated by their oldest due day, come first), then the undated ones in the missions' order.
 */
@ApplicationScoped
public class MyWork {

    static final Comparator<PendingItem> MOST_URGENT_FIRST = Comparator.comparing(PendingItem::due,
            Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()));

    @Inject
    Instance<PendingWork> sources;

    /**
     * The sources, resolved once: each iteration of {@link #sources} would make new instances of these stateless
     * beans, kept by this application-wide bean until the server stops (a leak of three a home page).
     */
    private List<PendingWork> resolved;

    @PostConstruct
    void resolve() {
        resolved = sources.stream().toList();
    }

    @Inject
    AccountService accounts;

    public List<PendingItem> forMe() {
        Caller caller = accounts.me();
        List<PendingItem> items = new ArrayList<>();
        for (PendingWork source : resolved) {
            items.addAll(source.pendingFor(caller));
        }
        return sorted(items);
    }

    static List<PendingItem> sorted(List<PendingItem> items) {
        List<PendingItem> sorted = new ArrayList<>(items);
        sorted.sort(MOST_URGENT_FIRST);
        return List.copyOf(sorted);
    }
}
