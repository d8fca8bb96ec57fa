package org.fabrique.web.backup;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.AccessTimeout;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.fabrique.core.application.AuditLog;
import org.fabrique.core.application.CityClock;
import org.fabrique.core.application.Roles;
import org.fabrique.core.domain.AuditType;
import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;
import org.fabrique.core.domain.StateConflict;

/**
 * Backs the embedded H2 database up with H2's {@code BACKUP TO}: an online, transactionally consistent zip of
 * the database file, restorable by {@code ./restore.sh} (which unzips it). The pôle takes one at once; a
 * non-persistent timer takes one every night at {@code FABRIQUE_BACKUP_HOUR} (2, Paris time). After each
 * successful backup only the newest {@code FABRIQUE_BACKUP_KEEP} (14) are kept. Backups run one at a time
 * (this singleton's write lock). On PostgreSQL Fabrique takes none: {@code pg_dump} does, and the caller is
 * told its command.
 */
@Singleton
@Startup
@AccessTimeout(value = 10, unit = TimeUnit.MINUTES)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BackupService {

    private static final Logger LOG = Logger.getLogger(BackupService.class.getName());

    @Resource(lookup = "java:jboss/datasources/FabriqueDS")
    DataSource dataSource;

    @Resource
    TimerService timers;

    @Resource
    SessionContext context;

    @Inject
    CityClock clock;

    @Inject
    AuditLog audit;

    private BackupFolder folder;
    private int hour;
    private int keep;

    @PostConstruct
    void start() {
        folder = BackupFolder.of(System.getenv(), System.getProperty("user.home"));
        hour = (int) (setting("FABRIQUE_BACKUP_HOUR", 2, 0) % 24);
        keep = (int) Math.min(setting("FABRIQUE_BACKUP_KEEP", 14, 1), 10_000);
        timers.createCalendarTimer(new ScheduleExpression().hour(hour).minute(0).timezone(CityClock.ZONE.getId()),
                new TimerConfig("nightly backup", false));
        LOG.info(() -> "Backups: every night at " + hour + ":00 (Paris time) into " + folder.directory() + ", the last "
                + keep + " kept (embedded database only)");
    }

    /** The nightly backup; nothing on PostgreSQL, whose backups pg_dump takes. */
    @Timeout
    @PermitAll
    void nightly(Timer timer) {
        try {
            if (database().embedded()) {
                BackupFile backup = take("the nightly schedule");
                audit.record(AuditType.BACKUP, null, null, "backup " + backup.file(), "nightly, " + backup.size() + " bytes");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The nightly backup failed; the next night tries again", e);
        }
    }

    /**
     * Takes a backup now into the backup folder, then deletes those beyond the newest kept.
     *
     * @throws BackupByPgDump on PostgreSQL, with the command that backs it up
     * @throws StateConflict on another database than the embedded one (an H2 server elsewhere, say)
     */
    @RolesAllowed(Roles.POLE)
    public BackupFile backUp() {
        DatabaseInUse database = database();
        if (database.postgresql()) {
            throw new BackupByPgDump(database.pgDumpCommand());
        }
        if (!database.embedded()) {
            throw new StateConflict("backup.notEmbedded");
        }
        String by = context.getCallerPrincipal().getName();
        BackupFile backup = take(by);
        audit.record(AuditType.BACKUP, by, "backup " + backup.file(), backup.size() + " bytes");
        return backup;
    }

    /** The backups kept, newest first. */
    @RolesAllowed(Roles.POLE)
    @Lock(LockType.READ)
    public Page<BackupFile> backups(PageRequest request) {
        List<BackupFile> all = folder.list();
        int from = Math.min(request.offset(), all.size());
        return Page.of(all.subList(from, Math.min(from + request.size(), all.size())), request, all.size());
    }

    /** One backup kept, by its file name. */
    @RolesAllowed(Roles.POLE)
    @Lock(LockType.READ)
    public Optional<BackupFile> backup(String file) {
        return folder.list().stream().filter(b -> b.file().equals(file)).findFirst();
    }

    /** Where and when backups are taken, or the pg_dump command on PostgreSQL. */
    @RolesAllowed(Roles.POLE)
    @Lock(LockType.READ)
    public BackupPlace place() {
        DatabaseInUse database = database();
        return new BackupPlace(database.embedded(), folder.directory().toString(), hour, keep,
                database.postgresql() ? database.pgDumpCommand() : null,
                database.postgresql() ? database.pgRestoreCommand() : null);
    }

    private BackupFile take(String by) {
        long started = System.nanoTime();
        String name = freeName();
        folder.create();
        Path temporary = folder.temporary(name);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            Files.deleteIfExists(temporary);
            statement.execute("BACKUP TO '" + temporary.toString().replace("'", "''") + "'");
        } catch (SQLException | IOException e) {
            deleteQuietly(temporary);
            throw new IllegalStateException("The backup into " + temporary + " failed", e);
        }
        BackupFile backup = folder.publish(temporary, name);
        LOG.info(() -> "Backup " + backup.file() + " (" + backup.size() + " bytes) taken by " + by + " into "
                + folder.directory() + " in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        for (BackupFile old : folder.prune(keep)) {
            LOG.info(() -> "Old backup " + old.file() + " deleted: the last " + keep + " are kept");
        }
        return backup;
    }

    /** The name of a backup taken now; a second later when one was already taken this second. */
    private String freeName() {
        String name = BackupFolder.nameAt(clock.now());
        while (Files.exists(folder.directory().resolve(name))) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for a free backup name", e);
            }
            name = BackupFolder.nameAt(clock.now());
        }
        return name;
    }

    private DatabaseInUse database() {
        try (Connection connection = dataSource.getConnection()) {
            var metadata = connection.getMetaData();
            return new DatabaseInUse(metadata.getDatabaseProductName(), metadata.getURL(), metadata.getUserName());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the database's metadata", e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot delete " + file, e);
        }
    }

    private static long setting(String variable, long fallback, long min) {
        String value = System.getenv(variable);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Math.max(min, Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            LOG.warning(() -> variable + "=" + value + " is not a number: " + fallback + " is used");
            return fallback;
        }
    }
}
