package org.fabrique.web.notifications;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.AccessTimeout;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.fabrique.core.application.CityClock;
import org.fabrique.core.application.DispatchReport;
import org.fabrique.core.application.NotificationDispatch;
import org.fabrique.core.application.Reminders;
import org.fabrique.core.application.Roles;

/**
 * Runs the notification jobs on non-persistent EJB timers, as the pôle: every
 * FABRIQUE_MAIL_INTERVAL_SECONDS (60) it mails the queued notifications of those who chose immediate
 * mails; FABRIQUE_REMINDER_FIRST_RUN_SECONDS (60) after the start, then every
 * FABRIQUE_REMINDER_INTERVAL_SECONDS (3600), it queues the answer reminders (a server restarted more
 * often than the interval still sends them); every day at
 * FABRIQUE_DIGEST_HOUR (7, Paris time) it mails the digests. What was sent or queued is in the database,
 * so a restart (which recreates the timers) neither loses nor repeats anything. The pôle may run a job at
 * once through this bean too, never at the same time as a timer.
 */
@Singleton
@Startup
@AccessTimeout(value = 2, unit = TimeUnit.MINUTES)
@RunAs(Roles.POLE)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NotificationSchedule {

    private static final Logger LOG = Logger.getLogger(NotificationSchedule.class.getName());

    /** What a timer runs. */
    enum Job {
        MAILS, REMINDERS, DIGESTS
    }

    @Resource
    TimerService timers;

    @Inject
    NotificationDispatch dispatch;

    /** Each mission's reminders (answers to citizens, evaluation follow-ups…). */
    @Inject
    Instance<Reminders> reminders;

    /** {@link #reminders} resolved once: each iteration would make new instances, kept until the server stops. */
    private List<Reminders> resolvedReminders;

    /** Why the last run could not mail, so that a server down is logged once, not every minute. */
    private String lastFailure;

    @PostConstruct
    void start() {
        resolvedReminders = reminders.stream().toList();
        long mails = setting("FABRIQUE_MAIL_INTERVAL_SECONDS", 60);
        long reminderInterval = setting("FABRIQUE_REMINDER_INTERVAL_SECONDS", 3600);
        long firstReminders = setting("FABRIQUE_REMINDER_FIRST_RUN_SECONDS", 60);
        timers.createIntervalTimer(mails * 1000, mails * 1000, new TimerConfig(Job.MAILS, false));
        timers.createIntervalTimer(firstReminders * 1000, reminderInterval * 1000,
                new TimerConfig(Job.REMINDERS, false));
        ScheduleExpression daily = new ScheduleExpression().hour((int) setting("FABRIQUE_DIGEST_HOUR", 7) % 24).minute(0)
                .timezone(CityClock.ZONE.getId());
        timers.createCalendarTimer(daily, new TimerConfig(Job.DIGESTS, false));
        LOG.info(() -> "Notifications: mails every " + mails + " s, reminders in " + firstReminders + " s then every "
                + reminderInterval + " s");
    }

    /** The timers' callback: no caller to check, the jobs run as the pôle. */
    @Timeout
    @PermitAll
    void run(Timer timer) {
        Job job = (Job) timer.getInfo();
        try {
            switch (job) {
                case MAILS -> sendMails();
                case REMINDERS -> queueReminders();
                case DIGESTS -> sendDigests();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Notification job " + job + " failed; the next run tries again", e);
        }
    }

    /**
     * Mails the queued notifications now (the pôle, after an SMTP outage, say). Through this singleton,
     * a run never overlaps the timer's: the same notification is never picked by two runs at once.
     */
    @RolesAllowed(Roles.POLE)
    public DispatchReport sendMails() {
        return report(dispatch.sendImmediate());
    }

    /** Mails the daily digests now. */
    @RolesAllowed(Roles.POLE)
    public DispatchReport sendDigests() {
        return report(dispatch.sendDigests());
    }

    /**
     * Queues the reminders due today now, of every mission that reminds (the citizens' recommendations'
     * answers, the evaluations' recommendations' follow-up); returns how many notifications were queued.
     */
    @RolesAllowed(Roles.POLE)
    public int queueReminders() {
        int queued = 0;
        for (Reminders mission : resolvedReminders) {
            queued += mission.queue();
        }
        return queued;
    }

    private DispatchReport report(DispatchReport report) {
        if (report.failure() != null && !report.failure().equals(lastFailure)) {
            LOG.warning(() -> "Notifications not mailed, kept for the next run: " + report.failure());
        } else if (report.failure() == null && lastFailure != null) {
            LOG.info("Notifications mailed again");
        }
        lastFailure = report.failure();
        return report;
    }

    private static long setting(String variable, long fallback) {
        String value = System.getenv(variable);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Math.max(1, Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            LOG.warning(() -> variable + "=" + value + " is not a number: " + fallback + " is used");
            return fallback;
        }
    }
}
