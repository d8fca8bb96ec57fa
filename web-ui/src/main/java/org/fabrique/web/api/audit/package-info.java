/** What the REST layer adds to the audit: the exports it serves. */
package org.fabrique.web.api.audit;
