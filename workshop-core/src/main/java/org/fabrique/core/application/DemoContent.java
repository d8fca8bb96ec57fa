package org.fabrique.core.application;

/**
 * One part of the demo data an empty embedded database gets: the core's reference data and demo accounts,
 * then each mission's content. Each part is a CDI bean; the start-up finds every one with {@code Instance<>}
 * and loads them in their {@link #order()}, in one transaction, so that a part may read what an earlier one
 * stored (the directorates, the accounts, a mission's records linked through the core).
 */
public interface DemoContent {

    /** Lower loads first: the core's reference data and accounts are 0, the missions after them. */
    int order();

    /** Stores this part of the demo. */
    void load();
}
