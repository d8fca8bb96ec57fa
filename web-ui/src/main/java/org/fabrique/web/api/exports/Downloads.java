package org.fabrique.web.api.exports;

/** What every export resource's path shares: the suffix of the two formats after the list's path. */
final class Downloads {

    /** After the list's path: {@code .csv} or {@code .xlsx}. */
    static final String FORMAT = ".{format: csv|xlsx}";

    private Downloads() {
    }
}
