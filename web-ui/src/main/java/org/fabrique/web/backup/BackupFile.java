package org.fabrique.web.backup;

import java.time.Instant;
import java.util.Objects;

/** A backup kept in the backup folder: its file name, its size in bytes and when it was taken. */
public record BackupFile(String file, long size, Instant at) {

    public BackupFile {
        Objects.requireNonNull(file, "file is required");
        Objects.requireNonNull(at, "at is required");
    }
}
