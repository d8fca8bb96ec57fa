/** The pages of the citizen-dialogue programme: programmes, candidates, feasibility, arbitration, recommendations. */
package org.fabrique.web.dialogue;
