package org.fabrique.core.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A public policy of the city (culture, youth, sport…), as the Ateliers prospectifs re-examined them. Its name is unique. */
@Entity
@Table(name = "public_policy")
public class PublicPolicy extends NamedReference {

    protected PublicPolicy() {
        // for JPA
    }

    public PublicPolicy(String name) {
        super(name);
    }
}
