/**
 * The backing beans of the prospective workshops' pages: the reference document with its amendments,
 * versions and adoption, and the action plan. Insiders only: a non-member gets the 403 page.
 */
package org.fabrique.web.prospective;
