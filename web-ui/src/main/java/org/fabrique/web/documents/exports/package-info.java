/**
 * Exports of the list pages to CSV and Excel: a {@link org.fabrique.web.documents.exports.Table} built by one
 * export per list from the same application services as the page (so with the same visibility), read
 * in chunks, and written by {@link org.fabrique.web.documents.exports.CsvWriter} or
 * {@link org.fabrique.web.documents.exports.XlsxWriter}.
 */
package org.fabrique.web.documents.exports;
