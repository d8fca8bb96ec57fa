package org.fabrique.web.backup;

/**
 * Where and when Fabrique backs up its database: on the embedded database, into {@code folder} every night at
 * {@code hour} (Paris time), keeping the newest {@code keep}; on PostgreSQL, never: {@code pgDumpCommand}
 * does and {@code pgRestoreCommand} restores (both null on the embedded database).
 */
public record BackupPlace(boolean embedded, String folder, int hour, int keep, String pgDumpCommand,
        String pgRestoreCommand) {
}
