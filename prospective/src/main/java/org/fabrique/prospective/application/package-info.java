/**
 * The prospective workshops' use cases: reading workshops and their cycles, the closed group and its
 * confidential material (members and the pôle only), the figures by distinct person.
 */
package org.fabrique.prospective.application;
