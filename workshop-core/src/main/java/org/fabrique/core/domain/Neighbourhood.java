package org.fabrique.core.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One of the city's neighbourhoods (<i>quartiers</i>), where a neighbourhood-scale project takes place. Its name is unique. */
@Entity
@Table(name = "neighbourhood")
public class Neighbourhood extends NamedReference {

    protected Neighbourhood() {
        // for JPA
    }

    public Neighbourhood(String name) {
        super(name);
    }
}
