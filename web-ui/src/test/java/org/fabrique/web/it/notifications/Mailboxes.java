package org.fabrique.web.it.notifications;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * The SMTP server the integration tests start (GreenMail) on {@code it.smtp.port}, where the server
 * under test sends its mails (FABRIQUE_SMTP_PORT), and the mails it received, read back as plain text.
 * Other test classes' events may be mailed here too: tests pick their mails by recipient and content.
 */
public final class Mailboxes {

    /** How long a mail may take: the server mails every few seconds in the tests. */
    private static final Duration PATIENCE = Duration.ofSeconds(45);

    private Mailboxes() {
    }

    /** A server kept for the whole test class, so that no mail is lost between two tests. */
    public static GreenMailExtension smtpServer() {
        int port = Integer.parseInt(System.getProperty("it.smtp.port", "3125"));
        return new GreenMailExtension(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withPerMethodLifecycle(false);
    }

    /** A received mail, decoded. */
    public record Mail(List<String> to, String subject, String body) {

        public boolean isTo(String address) {
            return to.contains(address);
        }
    }

    /** Every mail received so far. */
    public static List<Mail> received(GreenMailExtension server) {
        return Arrays.stream(server.getReceivedMessages()).map(Mailboxes::decoded).toList();
    }

    /** The received mails to that address that match, waiting until there are at least {@code count}. */
    public static List<Mail> await(GreenMailExtension server, String address, Predicate<Mail> matching, int count) {
        Instant deadline = Instant.now().plus(PATIENCE);
        List<Mail> found = matching(server, address, matching);
        while (found.size() < count && Instant.now().isBefore(deadline)) {
            server.waitForIncomingEmail(1000, server.getReceivedMessages().length + 1);
            found = matching(server, address, matching);
        }
        return found;
    }

    /** The mails received so far to that address that match, without waiting. */
    public static List<Mail> matching(GreenMailExtension server, String address, Predicate<Mail> matching) {
        return received(server).stream().filter(m -> m.isTo(address)).filter(matching).toList();
    }

    private static Mail decoded(MimeMessage message) {
        try {
            Address[] recipients = message.getAllRecipients();
            List<String> to = recipients == null ? List.of()
                    : Arrays.stream(recipients).map(Address::toString).toList();
            return new Mail(to, message.getSubject(), String.valueOf(message.getContent()).replace("\r\n", "\n"));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("unreadable mail", e);
        }
    }
}
