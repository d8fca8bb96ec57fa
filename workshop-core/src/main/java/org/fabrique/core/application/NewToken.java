package org.fabrique.core.application;

/** A token just created: its summary and its secret, shown this once. */
public record NewToken(TokenSummary token, String secret) {
}
