package org.fabrique.core.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The account a person signs in with. It has one role; a {@link Role#DIRECTORATE} account belongs to
 * exactly one directorate, and no other account belongs to one.
 */
@Entity
@Cacheable
@Table(name = "account")
public class Account {

    public static final int USERNAME_MIN_LENGTH = 3;
    public static final int USERNAME_MAX_LENGTH = 40;
    /** A username as forms check it: lower-case letters, digits, dot, underscore or hyphen, 3 to 40 of them. */
    public static final String USERNAME_PATTERN = "[a-z0-9._-]{" + USERNAME_MIN_LENGTH + "," + USERNAME_MAX_LENGTH + "}";
    public static final int PASSWORD_HASH_MAX_LENGTH = 255;
    /** The interface languages an account may choose. */
    public static final Set<String> LANGUAGES = Set.of("fr", "en");

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]+");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = USERNAME_MAX_LENGTH)
    private String username;

    @Column(nullable = false, length = PASSWORD_HASH_MAX_LENGTH)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    @Column(nullable = false)
    private boolean enabled;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "directorate_id")
    private Directorate directorate;

    @Column(length = 2)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private NotificationPreference notificationPreference = NotificationPreference.IMMEDIATE;

    protected Account() {
        // for JPA
    }

    /**
     * Creates an enabled account.
     *
     * @param directorate required when {@code role} is {@link Role#DIRECTORATE}, null otherwise
     */
    public Account(String username, String passwordHash, Role role, Person person, Directorate directorate) {
        this.username = normaliseUsername(username);
        this.passwordHash = validPasswordHash(passwordHash);
        this.person = Objects.requireNonNull(person, "person is required");
        assignRole(role, directorate);
        this.enabled = true;
    }

    /**
     * Returns the username as it is stored (stripped, lower-case), refusing anything but 3 to 40
     * characters among a–z, 0–9, dot, underscore and hyphen.
     */
    public static String normaliseUsername(String username) {
        Objects.requireNonNull(username, "username is required");
        String normalised = username.strip().toLowerCase(Locale.ROOT);
        if (normalised.length() < USERNAME_MIN_LENGTH || normalised.length() > USERNAME_MAX_LENGTH) {
            throw new IllegalArgumentException("username must be " + USERNAME_MIN_LENGTH + " to "
                    + USERNAME_MAX_LENGTH + " characters, got " + normalised.length());
        }
        if (!USERNAME.matcher(normalised).matches()) {
            throw new IllegalArgumentException(
                    "username may contain only letters a-z, digits, '.', '_' and '-'");
        }
        return normalised;
    }

    public void enable() {
        this.enabled = true;
    }

    public void disable() {
        this.enabled = false;
    }

    /** Replaces the password hash (never a clear password). */
    public void changePassword(String newHash) {
        this.passwordHash = validPasswordHash(newHash);
    }

    /**
     * Gives the account another role.
     *
     * @param newDirectorate required when {@code newRole} is {@link Role#DIRECTORATE}, null otherwise
     */
    public void changeRole(Role newRole, Directorate newDirectorate) {
        assignRole(newRole, newDirectorate);
    }

    /** Chooses the interface language, "fr" or "en"; null goes back to the default. */
    public void chooseLanguage(String newLanguage) {
        if (newLanguage != null && !LANGUAGES.contains(newLanguage)) {
            throw new IllegalArgumentException("language must be one of " + LANGUAGES + ", got " + newLanguage);
        }
        this.language = newLanguage;
    }

    /** Chooses immediate mails or a daily digest. */
    public void chooseNotifications(NotificationPreference preference) {
        this.notificationPreference = Objects.requireNonNull(preference, "preference is required");
    }

    private void assignRole(Role newRole, Directorate newDirectorate) {
        Objects.requireNonNull(newRole, "role is required");
        if (newRole == Role.DIRECTORATE && newDirectorate == null) {
            throw new IllegalArgumentException("directorate is required for a DIRECTORATE account");
        }
        if (newRole != Role.DIRECTORATE && newDirectorate != null) {
            throw new IllegalArgumentException("directorate must be empty for a " + newRole + " account");
        }
        this.role = newRole;
        this.directorate = newDirectorate;
    }

    private static String validPasswordHash(String hash) {
        Objects.requireNonNull(hash, "passwordHash is required");
        if (hash.isBlank()) {
            throw new IllegalArgumentException("passwordHash must not be blank");
        }
        if (hash.length() > PASSWORD_HASH_MAX_LENGTH) {
            throw new IllegalArgumentException(
                    "passwordHash must be at most " + PASSWORD_HASH_MAX_LENGTH + " characters");
        }
        return hash;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Person getPerson() {
        return person;
    }

    /** The directorate of a {@link Role#DIRECTORATE} account, null for any other role. */
    public Directorate getDirectorate() {
        return directorate;
    }

    /** "fr", "en", or null when the account has not chosen. */
    public String getLanguage() {
        return language;
    }

    public NotificationPreference getNotificationPreference() {
        return notificationPreference;
    }

    @Override
    public String toString() {
        return "Account[id=" + id + ", username=" + username + ", role=" + role + ", enabled=" + enabled + "]";
    }
}
