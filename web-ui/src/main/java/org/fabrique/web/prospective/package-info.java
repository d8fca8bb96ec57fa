/** The backing beans of the prospective workshops' pages (prospective/*.xhtml). */
package org.fabrique.web.prospective;
