package org.fabrique.core.domain;

import java.util.List;
import java.util.Optional;

/** Where the city's directorates are kept. */
public interface DirectorateRepository {

    Optional<Directorate> findById(long id);

    /** Directorates ordered by name. */
    Page<Directorate> page(PageRequest request);

    /** Every directorate, ordered by name (there are a few dozen at most). */
    List<Directorate> all();

    long count();

    /** Stores a new directorate or the changes to an existing one; returns the stored instance. */
    Directorate store(Directorate directorate);

    /** Whether a record already has this name, ignoring case. */
    boolean existsByName(String name);
}
