/**
 * Searching the records by words of their text: a query read into French stems without accents
 * ({@link org.fabrique.core.search.SearchQuery}), matched at the start of words, and the hits' text
 * highlighted ({@link org.fabrique.core.search.Highlighter}). Each mission searches its own records with
 * its own visibility rules; this package holds only the shared, pure logic.
 */
package org.fabrique.core.search;
