package org.fabrique.web.api.exports;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.Locale;
import org.fabrique.web.api.dialogue.ContentDisposition;
import org.fabrique.web.exports.ExportFormat;
import org.fabrique.web.exports.Table;
import org.fabrique.web.i18n.Texts;

/**
 * What every export resource shares: the path suffix of the two formats, the reader's language
 * ({@code ?lang=}, else the {@code Accept-Language}) and the download response.
 */
final class Downloads {

    /** After the list's path: {@code .csv} or {@code .xlsx}. */
    static final String FORMAT = ".{format: csv|xlsx}";

    private Downloads() {
    }

    static Locale locale(String lang, HttpHeaders headers) {
        return lang == null || lang.isBlank() ? Texts.apiLocale(headers.getAcceptableLanguages()) : Texts.supported(lang);
    }

    /** The table streamed as an attachment: its rows are read from the services while they are written. */
    static Response of(Table table, String fileName, String extension) {
        ExportFormat format = ExportFormat.of(extension);
        StreamingOutput body = out -> format.write(table, out);
        return Response.ok(body, format.mediaType())
                .header("Content-Disposition", ContentDisposition.attachment(fileName + "." + format.extension())).build();
    }
}
