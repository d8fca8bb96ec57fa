/**
 * Mission 1, the yearly citizen-dialogue programme: call for projects, candidates, feasibility,
 * arbitration, validation, dialogue projects, sessions, recommendations and the city's answers.
 */
package org.fabrique.dialogue;
