package org.fabrique.core.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Someone who takes part in Fabrique's work, with or without an account: an elected official, a
 * director, an external expert, a citizen…
 */
@Entity
@Cacheable
@Table(name = "person")
public class Person {

    public static final int NAME_MAX_LENGTH = 200;
    public static final int EMAIL_MAX_LENGTH = 254;

    /** One @, no spaces, a dot in the domain: plausible, not RFC-complete. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = NAME_MAX_LENGTH)
    private String name;

    @Column(length = EMAIL_MAX_LENGTH)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private PersonCategory category;

    protected Person() {
        // for JPA
    }

    /**
     * @param email may be null or blank when the person has no known address
     */
    public Person(String name, String email, PersonCategory category) {
        this.name = validName(name);
        this.email = validEmail(email);
        this.category = Objects.requireNonNull(category, "category is required");
    }

    public void rename(String newName) {
        this.name = validName(newName);
    }

    /** Changes the address; null or blank removes it. */
    public void changeEmail(String newEmail) {
        this.email = validEmail(newEmail);
    }

    public void recategorise(PersonCategory newCategory) {
        this.category = Objects.requireNonNull(newCategory, "category is required");
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    /** The address, lower-case, or null when none is known. */
    public String getEmail() {
        return email;
    }

    public PersonCategory getCategory() {
        return category;
    }

    private static String validName(String name) {
        return Invariants.requiredText(name, "name", NAME_MAX_LENGTH);
    }

    private static String validEmail(String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        String normalised = email.strip().toLowerCase(Locale.ROOT);
        if (normalised.length() > EMAIL_MAX_LENGTH) {
            throw new IllegalArgumentException(
                    "email must be at most " + EMAIL_MAX_LENGTH + " characters, got " + normalised.length());
        }
        if (!EMAIL.matcher(normalised).matches()) {
            throw new IllegalArgumentException("email is not a plausible e-mail address");
        }
        return normalised;
    }

    @Override
    public String toString() {
        return "Person[id=" + id + ", name=" + name + ", category=" + category + "]";
    }
}
