/** Faces helpers shared by the pages: database-paged tables and messages in the caller's language. */
package org.fabrique.web.faces;
