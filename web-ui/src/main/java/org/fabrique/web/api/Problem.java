package org.fabrique.web.api;

import java.util.List;

/**
 * An error body as RFC 9457 describes it ({@code application/problem+json}); {@code errors} lists the
 * fields of an invalid input, {@code incident} names a server error in the logs.
 */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors,
        String incident) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public record FieldError(String field, String message) {
    }

    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, null, null);
    }
}
