package org.fabrique.core.application;

import org.fabrique.core.domain.StateConflict;

/**
 * The one rule for concurrent changes: a caller sends the version of the record it read. An edit or a
 * decision (a {@code PUT}, a page's save) must send it; an action ({@code POST /submission}…) may. A version
 * sent that is no longer the record's is refused, so that nobody silently overwrites a change made since
 * they read the record. A service checks it after the caller's right to act, so a refusal comes first.
 */
public final class ExpectedVersion {

    private ExpectedVersion() {
    }

    /**
     * For an action: when a version was sent, it must be the current one.
     *
     * @throws StateConflict {@code record.stale} (409) when the record changed since the caller read it
     */
    public static void check(Long expected, long current) {
        if (expected != null && expected != current) {
            throw StateConflict.staleVersion();
        }
    }

    /**
     * For an edit or a decision: the version read is required, and must be the current one.
     *
     * @throws InvalidInput {@code version} (400) when none was sent
     * @throws StateConflict {@code record.stale} (409) when the record changed since the caller read it
     */
    public static void require(Long expected, long current) {
        if (expected == null) {
            throw new InvalidInput("version", "record.version.required");
        }
        check(expected, current);
    }
}
