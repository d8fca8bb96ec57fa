package org.fabrique.web.api.core;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fabrique.core.application.DispatchReport;
import org.fabrique.web.notifications.NotificationSchedule;

/**
 * The pôle runs a notification job at once instead of waiting for the schedule (after an SMTP outage,
 * say). Each is safe to run any number of times: nothing is queued or mailed twice.
 */
@Path("/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Core")
public class NotificationRunResource {

    /** How many notifications were queued. */
    public record QueuedJson(int queued) {
    }

    /** How many mails went out, and why the run stopped early if it did (else null). */
    public record SentJson(int sent, String failure) {
        static SentJson of(DispatchReport report) {
            return new SentJson(report.sent(), report.failure());
        }
    }

    @Inject
    NotificationSchedule schedule;

    @POST
    @Path("reminders")
    @Operation(summary = "Queues the reminders due today, of answers and of evaluation follow-ups (POLE); the schedule does it every hour")
    public QueuedJson remind() {
        return new QueuedJson(schedule.queueReminders());
    }

    @POST
    @Path("mails")
    @Operation(summary = "Mails the queued notifications of those who chose immediate mails (POLE)")
    public SentJson mail() {
        return SentJson.of(schedule.sendMails());
    }

    @POST
    @Path("digests")
    @Operation(summary = "Mails the daily digests now (POLE); the schedule does it every morning")
    public SentJson digests() {
        return SentJson.of(schedule.sendDigests());
    }
}
