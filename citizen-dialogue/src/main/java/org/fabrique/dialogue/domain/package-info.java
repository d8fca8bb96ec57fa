/**
 * The citizen-dialogue programme's domain: programmes, candidate projects with their feasibility study
 * and arbitration, dialogue projects and their sessions, recommendations and the city's answers, with the
 * repository interfaces that store and count them (commitment tallies, pipeline stages). Records of {@code workshop-core} (directorates, policies,
 * neighbourhoods, people) are referred to by id. Invariants and state rules are checked here.
 */
package org.fabrique.dialogue.domain;
