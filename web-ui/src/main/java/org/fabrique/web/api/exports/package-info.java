/**
 * Downloads of the lists as CSV or Excel: the list's path followed by {@code .csv} or {@code .xlsx}, one
 * resource per list, with the same visibility and filters as the list itself.
 */
package org.fabrique.web.api.exports;
