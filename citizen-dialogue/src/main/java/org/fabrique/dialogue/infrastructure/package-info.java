/**
 * JPA implementations of the citizen-dialogue repositories, as CDI beans using the {@code fabrique}
 * persistence unit; the search reads its Lucene index (Hibernate Search).
 */
package org.fabrique.dialogue.infrastructure;
