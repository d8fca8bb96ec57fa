package org.fabrique.core.domain;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * A reference record of the city known by its unique name: a directorate, a public policy, a
 * neighbourhood. Each is its own aggregate root, with its own table and version.
 */
@MappedSuperclass
public abstract class NamedReference {

    public static final int NAME_MAX_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = NAME_MAX_LENGTH)
    private String name;

    protected NamedReference() {
        // for JPA
    }

    protected NamedReference(String name) {
        this.name = Invariants.requiredText(name, "name", NAME_MAX_LENGTH);
    }

    public void rename(String newName) {
        this.name = Invariants.requiredText(newName, "name", NAME_MAX_LENGTH);
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

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[id=" + id + ", name=" + name + "]";
    }
}
