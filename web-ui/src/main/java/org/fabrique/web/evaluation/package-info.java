/** The backing beans of the evaluation pages (evaluation/*.xhtml): the evaluations and an evaluation read like a report. */
package org.fabrique.web.evaluation;
