/**
 * What happens when Fabrique starts: the database schema is migrated with Flyway, then an empty
 * embedded database receives the demo data, or an empty external one its first administrator.
 */
package org.fabrique.web.startup;
