/**
 * Who is calling: the Jakarta Security identity store backed by the accounts, the authentication
 * mechanism (form login kept in the session, HTTP Basic for the REST API) and login/logout.
 */
package org.fabrique.web.security;
