package org.fabrique.core.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A neighbourhood (<i>quartier</i>) of the city. Its name is unique. */
@Entity
@Table(name = "neighbourhood")
public class Neighbourhood {

    public static final int NAME_MAX_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = NAME_MAX_LENGTH)
    private String name;

    protected Neighbourhood() {
        // for JPA
    }

    public Neighbourhood(String name) {
        this.name = Invariants.requiredText(name, "name", NAME_MAX_LENGTH);
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
        return "Neighbourhood[id=" + id + ", name=" + name + "]";
    }
}
