/** The prospective workshops in the {@code fabrique} persistence unit. */
package org.fabrique.prospective.infrastructure;
