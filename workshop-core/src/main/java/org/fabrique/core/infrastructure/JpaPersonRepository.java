package org.fabrique.core.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.fabrique.core.domain.Person;
import org.fabrique.core.domain.PersonCategory;
import org.fabrique.core.domain.PersonRepository;

/** People in the {@code fabrique} persistence unit. */
@ApplicationScoped
public class JpaPersonRepository implements PersonRepository {

    @PersistenceContext(unitName = "fabrique")
    private EntityManager entityManager;

    /** For CDI. */
    public JpaPersonRepository() {
    }

    /** Outside a container (tests, tools), on an entity manager the caller manages. */
    public JpaPersonRepository(EntityManager entityManager) {
        this.entityManager = Objects.requireNonNull(entityManager, "entityManager is required");
    }

    @Override
    public Optional<Person> findById(long id) {
        return Optional.ofNullable(entityManager.find(Person.class, id));
    }

    @Override
    public List<Person> named(String text, int max) {
        return entityManager.createQuery("select p from Person p where lower(p.name) like :text escape '!'"
                        + " order by p.name, p.id", Person.class)
                .setParameter("text", PagedQuery.containing(text))
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public List<Person> findAllById(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("select p from Person p where p.id in :ids", Person.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    @Override
    public List<Person> ofCategory(PersonCategory category) {
        return entityManager.createQuery("select p from Person p where p.category = :category order by p.name, p.id",
                        Person.class)
                .setParameter("category", category)
                .getResultList();
    }

    @Override
    public Person store(Person person) {
        return EntityStore.store(entityManager, person, person.getId());
    }
}
