/**
 * What the server can tell about its own work, for the tests and the benchmark: the SQL statements each request
 * sends ({@link org.fabrique.web.diagnostics.StatementCounter}, logged per request when
 * {@code FABRIQUE_COUNT_STATEMENTS=true} by {@link org.fabrique.web.diagnostics.StatementLog}).
 */
package org.fabrique.web.diagnostics;
