/**
 * The two languages: French by default, English complete. Texts live in resource bundles
 * ({@code messages} for pages, {@code ValidationMessages} for input errors); the caller's choice is
 * kept in their account.
 */
package org.fabrique.web.i18n;
