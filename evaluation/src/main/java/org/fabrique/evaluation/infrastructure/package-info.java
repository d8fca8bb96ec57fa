/** The evaluations in the {@code fabrique} persistence unit. */
package org.fabrique.evaluation.infrastructure;
