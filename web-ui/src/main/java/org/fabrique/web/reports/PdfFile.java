package org.fabrique.web.reports;

/** A generated PDF and the name to download it under. */
public record PdfFile(String fileName, byte[] content) {
}
