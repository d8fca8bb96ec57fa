package org.fabrique.core.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A public policy of the city (<i>politique publique</i>), such as "Culture" or "Petite enfance". Its name is unique. */
@Entity
@Table(name = "public_policy")
public class PublicPolicy {

    public static final int NAME_MAX_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = NAME_MAX_LENGTH)
    private String name;

    protected PublicPolicy() {
        // for JPA
    }

    public PublicPolicy(String name) {
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
        return "PublicPolicy[id=" + id + ", name=" + name + "]";
    }
}
