package org.fabrique.web.documents;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.fabrique.web.documents.exports.ExportFormat;
import org.fabrique.web.documents.exports.Table;

/** The download responses: a generated PDF, or a table streamed as CSV or Excel, each under its file name. */
public final class Attachments {

    private Attachments() {
    }

    public static Response pdf(PdfFile file) {
        return Response.ok(file.content(), "application/pdf")
                .header("Content-Disposition", ContentDisposition.attachment(file.fileName())).build();
    }

    /** The table streamed as an attachment: its rows are read from the services while they are written. */
    public static Response table(Table table, String fileName, String extension) {
        ExportFormat format = ExportFormat.of(extension);
        StreamingOutput body = out -> format.write(table, out);
        return Response.ok(body, format.mediaType())
                .header("Content-Disposition", ContentDisposition.attachment(fileName + "." + format.extension())).build();
    }
}
