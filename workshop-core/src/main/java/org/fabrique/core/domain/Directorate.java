package org.fabrique.core.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A directorate (<i>direction</i>) of the city administration. Its name is unique. */
@Entity
@Cacheable
@Table(name = "directorate")
public class Directorate extends NamedReference {

    protected Directorate() {
        // for JPA
    }

    public Directorate(String name) {
        super(name);
    }
}
