/** The backing beans of the evaluation pages (evaluation/*.xhtml). */
package org.fabrique.web.evaluation;
