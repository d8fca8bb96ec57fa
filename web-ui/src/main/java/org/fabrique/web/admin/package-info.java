/** The pôle's administration pages: accounts. */
package org.fabrique.web.admin;
