package org.fabrique.prospective.application;

/** A person as the group knows them. */
public record PersonName(long personId, String displayName) {
}
