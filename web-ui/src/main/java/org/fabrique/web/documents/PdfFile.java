package org.fabrique.web.documents;

/** A generated PDF and the name to download it under. */
public record PdfFile(String fileName, byte[] content) {
}
