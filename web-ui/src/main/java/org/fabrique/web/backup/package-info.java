/**
 * Backups of the embedded database: the folder they are kept in and its naming and retention rules, and the
 * service that takes one on demand (the pôle) or every night, with H2's {@code BACKUP TO}.
 */
package org.fabrique.web.backup;
