package org.fabrique.core.application;

import java.util.List;

/**
 * What waits for a person, as one mission sees it (candidates to study, recommendations to answer,
 * a workshop session to attend…). Each mission module implements it as a CDI bean; the home page
 * lists what all of them return.
 */
public interface PendingWork {

    List<PendingItem> pendingFor(Caller caller);
}
