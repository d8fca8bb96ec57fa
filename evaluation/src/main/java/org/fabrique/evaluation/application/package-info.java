/**
 * The evaluations' use cases: reading evaluations, their questions, findings, indicators and
 * recommendations (any account); their interviews and quotes (the pôle and the steering committee, names
 * for the pôle only); the pôle framing and conducting them; the owner directorates following up.
 */
package org.fabrique.evaluation.application;
