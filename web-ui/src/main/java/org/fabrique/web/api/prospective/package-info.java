/** The REST resources of the prospective workshops (api.md, "Prospective workshops"). */
package org.fabrique.web.api.prospective;
