package org.fabrique.web.api;

/**
 * The body of a {@code POST} action ({@code /submission}, {@code /publication}, {@code /progress}…): the
 * version the client read, optional, and the body itself is optional too ({@code curl -X POST}). When it
 * is sent and stale, the action is refused with 409.
 */
public record VersionForm(Long version) {

    /** The version sent, or null when there was no body or no version in it. */
    public static Long of(VersionForm form) {
        return form == null ? null : form.version();
    }
}
