package org.fabrique.web.documents.exports;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

/** The two formats a list exports to, with their media type and file extension. */
public enum ExportFormat {

    CSV(ExportFormat.CSV_MEDIA_TYPE) {
        @Override
        public void write(Table table, OutputStream out) throws IOException {
            new CsvWriter().write(table, out);
        }
    },
    XLSX(ExportFormat.XLSX_MEDIA_TYPE) {
        @Override
        public void write(Table table, OutputStream out) throws IOException {
            new XlsxWriter().write(table, out);
        }
    };

    /** The media types, as the OpenAPI description of the export endpoints names them too. */
    public static final String CSV_MEDIA_TYPE = "text/csv; charset=UTF-8";
    public static final String XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final String mediaType;

    ExportFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public abstract void write(Table table, OutputStream out) throws IOException;

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code csv} or {@code xlsx}, as in a file name. */
    public static ExportFormat of(String extension) {
        return valueOf(extension.toUpperCase(Locale.ROOT));
    }
}
