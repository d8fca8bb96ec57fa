/**
 * Searching the records by words of their text: a query read into French terms without accents by the
 * index's own analysis ({@link org.fabrique.core.search.FrenchAnalysis},
 * {@link org.fabrique.core.search.SearchQuery}), whole words matched, and the hits' text highlighted
 * ({@link org.fabrique.core.search.Highlighter}). Each mission searches its own records with its own
 * visibility rules (Hibernate Search, in its infrastructure); this package holds only the shared, pure logic.
 */
package org.fabrique.core.search;
