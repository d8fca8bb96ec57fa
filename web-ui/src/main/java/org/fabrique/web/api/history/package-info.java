/**
 * The REST resources of the records' history: who changed what, newest first, each with the visibility
 * of its record.
 */
package org.fabrique.web.api.history;
