package org.fabrique.core.application;

/** Fabrique's public address, for the links of the mails: {@code FABRIQUE_BASE_URL}, else localhost. */
public final class PublicAddress {

    private PublicAddress() {
    }

    /** The address without a trailing slash. */
    public static String base() {
        String configured = System.getenv("FABRIQUE_BASE_URL");
        String base = configured == null || configured.isBlank() ? "http://localhost:8080" : configured.strip();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
