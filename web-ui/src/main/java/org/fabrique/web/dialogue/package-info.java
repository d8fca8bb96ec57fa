/**
 * The pages of the citizen-dialogue programme: programmes (with their pipeline), candidates, feasibility,
 * arbitration, recommendations, the commitment dashboard.
 */
package org.fabrique.web.dialogue;
