package org.fabrique.core.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A directorate (<i>direction</i>) of the city administration. Its name is unique. */
@Entity
@Table(name = "directorate")
public class Directorate extends NamedReference {

    protected Directorate() {
        // for JPA
    }

    public Directorate(String name) {
        super(name);
    }
}
