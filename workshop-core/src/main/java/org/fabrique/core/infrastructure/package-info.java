/**
 * JPA implementations of the shared domain's repositories, as CDI beans using the {@code fabrique}
 * persistence unit.
 */
package org.fabrique.core.infrastructure;
