/**
 * The use cases of the citizen-dialogue programme, one service per family: programmes, candidates,
 * dialogue projects and recommendations. Each loads, calls the domain, stores, and checks the role and
 * the caller's directorate.
 */
package org.fabrique.dialogue.application;
