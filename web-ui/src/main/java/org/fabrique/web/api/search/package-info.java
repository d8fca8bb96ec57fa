/** The REST resource of the search over the missions, with each mission's visibility. */
package org.fabrique.web.api.search;
