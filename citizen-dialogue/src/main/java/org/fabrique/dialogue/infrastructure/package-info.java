/**
 * JPA implementations of the citizen-dialogue repositories, as CDI beans using the {@code fabrique}
 * persistence unit.
 */
package org.fabrique.dialogue.infrastructure;
