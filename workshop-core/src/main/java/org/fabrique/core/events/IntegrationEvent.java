package org.fabrique.core.events;

import java.time.Instant;
import org.fabrique.core.domain.ResourceRef;

/**
 * An event one mission module publishes for others: something that has happened (named in the past
 * tense) to the record {@link #subject()}.
 */
public interface IntegrationEvent {

    /** When it happened. */
    Instant occurredAt();

    /** The record it happened to. */
    ResourceRef subject();
}
