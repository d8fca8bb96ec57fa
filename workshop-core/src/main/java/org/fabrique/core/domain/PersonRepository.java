package org.fabrique.core.domain;

import java.util.Optional;

/** Where people are kept. */
public interface PersonRepository {

    Optional<Person> findById(long id);

    /** Stores a new person or the changes to an existing one; returns the stored instance. */
    Person store(Person person);
}
