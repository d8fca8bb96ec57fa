package org.fabrique.web.backup;

import org.fabrique.core.domain.StateConflict;

/**
 * Fabrique runs on PostgreSQL, whose backups {@code pg_dump} takes, not Fabrique: the exception carries the
 * command to run.
 */
public class BackupByPgDump extends StateConflict {

    private static final long serialVersionUID = 1L;

    private final String command;

    public BackupByPgDump(String command) {
        super("backup.postgresql");
        this.command = command;
    }

    public String command() {
        return command;
    }
}
