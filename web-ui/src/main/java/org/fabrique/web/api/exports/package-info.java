/**
 * Downloads of the lists as CSV or Excel ({@code .csv}, {@code .xlsx} after the list's path), with
 * the same visibility and filters as the list itself.
 */
package org.fabrique.web.api.exports;
