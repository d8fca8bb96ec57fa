/** The reference data page: directorates, public policies and neighbourhoods of the city. */
package org.fabrique.web.reference;
