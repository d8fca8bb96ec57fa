package org.fabrique.core.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One event to tell one account by e-mail, kept until it is mailed (alone or in a digest). The event
 * key names the event (e.g. {@code recommendation:12:due14}); an account is told of an event once.
 * The arguments are plain texts (a title, a date already written as the mail shows it, or an
 * enumeration's name the mail texts translate) so that the mail is written in the recipient's language
 * when it is sent.
 */
@Entity
public class Notification {

    public static final int EVENT_KEY_MAX_LENGTH = 120;
    public static final int ARGUMENTS_MAX_LENGTH = 2000;
    public static final int LINK_MAX_LENGTH = 300;
    public static final int ARGUMENT_MAX_LENGTH = 300;
    public static final int MAX_ARGUMENTS = 5;
    /** Separates the arguments in their column: a control character no text typed in a form contains. */
    private static final String SEPARATOR = "\u001F";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    @Column(nullable = false, length = NotificationKind.NAME_MAX_LENGTH)
    private String kind;

    @Column(nullable = false, length = EVENT_KEY_MAX_LENGTH)
    private String eventKey;

    @Column(nullable = false, length = ARGUMENTS_MAX_LENGTH)
    private String arguments;

    @Column(nullable = false, length = LINK_MAX_LENGTH)
    private String link;

    @Column(nullable = false)
    private Instant createdAt;

    private Instant sentAt;

    protected Notification() {
        // for JPA
    }

    /**
     * @param link the page to open, a path from the application's root such as
     *             {@code /dialogue/candidate.xhtml?id=3}
     */
    public Notification(Account account, NotificationKind kind, String eventKey, List<String> arguments,
            String link, Instant createdAt) {
        this.account = Objects.requireNonNull(account, "account is required");
        this.kind = Objects.requireNonNull(kind, "kind is required").name();
        this.eventKey = Invariants.requiredText(eventKey, "eventKey", EVENT_KEY_MAX_LENGTH);
        this.arguments = joined(arguments);
        this.link = Invariants.requiredText(link, "link", LINK_MAX_LENGTH);
        if (!link.startsWith("/")) {
            throw new IllegalArgumentException("link must be a path from the root, got " + link);
        }
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt is required");
    }

    /** Each argument is cut to {@link #ARGUMENT_MAX_LENGTH} characters: a mail quotes, it does not copy. */
    private static String joined(List<String> arguments) {
        Objects.requireNonNull(arguments, "arguments are required");
        if (arguments.size() > MAX_ARGUMENTS) {
            throw new IllegalArgumentException("at most " + MAX_ARGUMENTS + " arguments, got " + arguments.size());
        }
        return arguments.stream().map(Notification::excerpt).collect(Collectors.joining(SEPARATOR));
    }

    private static String excerpt(String argument) {
        String text = argument == null ? "" : argument.replace(SEPARATOR, " ").strip();
        return text.length() <= ARGUMENT_MAX_LENGTH ? text : text.substring(0, ARGUMENT_MAX_LENGTH - 1) + "…";
    }

    /** Marks it mailed; it is never mailed again. */
    public void markSent(Instant when) {
        if (sentAt != null) {
            throw new IllegalStateException("notification " + id + " was already sent at " + sentAt);
        }
        this.sentAt = Objects.requireNonNull(when, "when is required");
    }

    public Long getId() {
        return id;
    }

    public Account getAccount() {
        return account;
    }

    public NotificationKind getKind() {
        return new NotificationKind(kind);
    }

    public String getEventKey() {
        return eventKey;
    }

    public List<String> getArguments() {
        return arguments.isEmpty() ? List.of() : Arrays.asList(arguments.split(SEPARATOR, -1));
    }

    public String getLink() {
        return link;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** When it was mailed, or null while it waits. */
    public Instant getSentAt() {
        return sentAt;
    }
}
