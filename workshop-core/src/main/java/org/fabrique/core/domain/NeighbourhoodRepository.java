package org.fabrique.core.domain;

import java.util.List;

/** Where the city's neighbourhoods are kept. */
public interface NeighbourhoodRepository {

    /** Every neighbourhood, ordered by name. */
    List<Neighbourhood> all();

    /** Stores a new neighbourhood or the changes to an existing one; returns the stored instance. */
    Neighbourhood store(Neighbourhood neighbourhood);
}
