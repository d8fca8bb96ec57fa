package org.fabrique.prospective.application;

import java.time.LocalDate;
import org.fabrique.prospective.domain.Cycle;

public record CycleView(long id, String name, LocalDate start, LocalDate end) {
    static CycleView of(Cycle c) {
        return new CycleView(c.getId(), c.getName(), c.getStart(), c.getEnd());
    }
}
