/** The backing beans of the public pages (public/*.xhtml): what the city publishes, read without an account. */
package org.fabrique.web.publication;
