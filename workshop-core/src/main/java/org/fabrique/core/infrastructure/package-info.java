/**
 * JPA implementations of the shared domain's repositories, as CDI beans using the {@code fabrique}
 * persistence unit, and what the missions' search repositories share of Hibernate Search: the French
 * analysis of the Lucene index, its queries, and its rebuilding at startup.
 */
package org.fabrique.core.infrastructure;
