/**
 * The PDF documents Fabrique hands out: the yearly report to the municipal council, a workshop's reference
 * document and an evaluation report, written with OpenPDF in the reader's language, one class per document
 * on a shared layout (title page, table of contents, running header, "Page 2 / 7" footer).
 */
package org.fabrique.web.documents.reports;
