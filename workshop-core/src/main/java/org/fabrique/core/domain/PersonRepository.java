package org.fabrique.core.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where people are kept. */
public interface PersonRepository {

    Optional<Person> findById(long id);

    /**
     * The first {@code max} persons, by name, whose name contains {@code text} whatever its case: what a person
     * picker suggests as someone types, however many people the city has recorded.
     */
    List<Person> named(String text, int max);

    /** The persons with these ids, in one statement; unknown ids are left out. */
    List<Person> findAllById(Collection<Long> ids);

    /** The persons of a category, by name (a city has a few dozen elected officials). */
    List<Person> ofCategory(PersonCategory category);

    /** Stores a new person or the changes to an existing one; returns the stored instance. */
    Person store(Person person);
}
