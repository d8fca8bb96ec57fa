/**
 * The evaluation part of the demo data: the seed's evaluation of the Ateliers prospectifs and this year's
 * evaluation of the answer commitment, built through the evaluation domain's own behaviour, offered to the
 * start-up through the core's {@link org.fabrique.core.application.DemoContent}; the commitment's figures are
 * read through the core's {@link org.fabrique.core.application.MeasuredFigures}. Nothing outside the demo
 * imports it.
 */
package org.fabrique.evaluation.demo;
