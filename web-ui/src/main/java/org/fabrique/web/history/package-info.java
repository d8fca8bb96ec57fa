/** The records' history as a readable timeline: what the pages' history sections share. */
package org.fabrique.web.history;
