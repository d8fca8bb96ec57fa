/**
 * Mission 2, evaluation of public policies: evaluations, evaluative questions, indicators,
 * interviews and quotes, findings, recommendations and their follow-up.
 */
package org.fabrique.evaluation;
