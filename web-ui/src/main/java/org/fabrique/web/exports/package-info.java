/**
 * Exports of the list pages to CSV and Excel: a {@link org.fabrique.web.exports.Table} built by one
 * export per list from the same application services as the page (so with the same visibility), read
 * in chunks, and written by {@link org.fabrique.web.exports.CsvWriter} or
 * {@link org.fabrique.web.exports.XlsxWriter}.
 */
package org.fabrique.web.exports;
