/**
 * The use cases of the citizen-dialogue programme, one service per family: programmes, candidates,
 * dialogue projects and recommendations; and the figures of the commitment dashboard and of the
 * programme's pipeline. Each loads, calls the domain, stores, and checks the role and
 * the caller's directorate.
 */
package org.fabrique.dialogue.application;
