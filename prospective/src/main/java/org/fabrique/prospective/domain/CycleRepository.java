package org.fabrique.prospective.domain;

import java.util.List;
import java.util.Optional;

/** Where the cycles of workshops are kept. */
public interface CycleRepository {

    Optional<Cycle> findById(long id);

    /** Every cycle (a handful), by start date. */
    List<Cycle> all();

    Cycle store(Cycle cycle);
}
