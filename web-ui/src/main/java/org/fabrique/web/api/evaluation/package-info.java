/** The REST resources of the evaluation of public policies (api.md, "Evaluation"). */
package org.fabrique.web.api.evaluation;
