package org.fabrique.core.domain;

import java.util.List;
import java.util.Optional;

/** Where the city's neighbourhoods are kept. */
public interface NeighbourhoodRepository {

    Optional<Neighbourhood> findById(long id);

    /** Every neighbourhood, ordered by name. */
    List<Neighbourhood> all();

    /** One page of the neighbourhoods, ordered by name. */
    Page<Neighbourhood> page(PageRequest request);

    /** Whether a neighbourhood already has this name, ignoring case. */
    boolean existsByName(String name);

    /** Stores a new neighbourhood or the changes to an existing one; returns the stored instance. */
    Neighbourhood store(Neighbourhood neighbourhood);
}
