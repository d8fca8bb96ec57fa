/**
 * The evaluation part of the demo data: the seed's evaluation of the Ateliers prospectifs and this year's
 * evaluation of the answer commitment, built through the evaluation domain's own behaviour, offered to the
 * start-up through the core's {@link org.fabrique.core.application.DemoContent}; the commitment's figures are
 * read through the core's {@link org.fabrique.core.application.MeasuredFigures}. Also the generated volume
 * ({@link org.fabrique.evaluation.demo.EvaluationGenerated}, a core
 * {@link org.fabrique.core.application.GeneratedContent}) that the start-up adds on top of the demo for measuring at a
 * city's scale. Nothing outside the demo imports it.
 */
package org.fabrique.evaluation.demo;
