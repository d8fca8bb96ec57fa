/**
 * The evaluations' model: yearly programmes, evaluations and their steering committee, evaluative
 * questions and findings, indicators and their measurements, interviews and quotes attributed by
 * category only, recommendations and their follow-up.
 */
package org.fabrique.evaluation.domain;
