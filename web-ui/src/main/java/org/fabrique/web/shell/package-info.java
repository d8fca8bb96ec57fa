/**
 * The page shell every signed-in page shares: the caller, the menu of their role, the home page of
 * what waits for them, login, logout and the error page.
 */
package org.fabrique.web.shell;
