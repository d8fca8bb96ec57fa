package org.fabrique.core.application;

/** A reference record as lists show it: its id and its name. */
public record NamedRecord(long id, String name) {
}
