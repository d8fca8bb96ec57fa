/** REST resources of the core: the caller, accounts, directorates and public policies. */
package org.fabrique.web.api.core;
