package org.fabrique.core.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import org.fabrique.core.application.MailMessage;
import org.fabrique.core.application.MailNotSent;
import org.fabrique.core.application.Mailbox;

/**
 * Sends through WildFly's mail session {@code java:jboss/mail/Fabrique}, whose SMTP server and sender
 * address the server's configuration takes from FABRIQUE_SMTP_HOST, FABRIQUE_SMTP_PORT and
 * FABRIQUE_MAIL_FROM.
 */
@ApplicationScoped
public class SmtpMailbox implements Mailbox {

    @Resource(lookup = "java:jboss/mail/Fabrique")
    private Session session;

    @Override
    public void send(MailMessage mail) {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom();
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to(), true));
            message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
            message.setText(mail.body(), StandardCharsets.UTF_8.name());
            message.setSentDate(new Date());
            Transport.send(message);
        } catch (SendFailedException e) {
            boolean refused = e.getInvalidAddresses() != null && e.getInvalidAddresses().length > 0;
            throw new MailNotSent("mail to " + mail.to() + " not sent: " + e.getMessage(), refused, e);
        } catch (AddressException e) {
            throw new MailNotSent("mail to " + mail.to() + " not sent: " + e.getMessage(), true, e);
        } catch (MessagingException e) {
            throw new MailNotSent("mail to " + mail.to() + " not sent: " + e.getMessage(), false, e);
        }
    }
}
