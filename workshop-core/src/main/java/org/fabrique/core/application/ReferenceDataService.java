package org.fabrique.core.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.fabrique.core.domain.Directorate;
import org.fabrique.core.domain.DirectorateRepository;
import org.fabrique.core.domain.NamedReference;
import org.fabrique.core.domain.Neighbourhood;
import org.fabrique.core.domain.NeighbourhoodRepository;
import org.fabrique.core.domain.PersonCategory;
import org.fabrique.core.domain.PersonRepository;
import org.fabrique.core.domain.Role;
import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;
import org.fabrique.core.domain.PublicPolicy;
import org.fabrique.core.domain.PublicPolicyRepository;

/**
 * The city's reference data every mission uses: directorates, public policies, neighbourhoods.
 * Everyone with an account reads them; the pôle adds them (on an external database they start empty).
 */
@Stateless
@RolesAllowed({Roles.POLE, Roles.DIRECTORATE, Roles.ELECTED, Roles.PARTICIPANT})
public class ReferenceDataService {

    @Inject
    DirectorateRepository directorates;

    @Inject
    PublicPolicyRepository policies;

    @Inject
    NeighbourhoodRepository neighbourhoods;

    @Inject
    PersonRepository persons;

    @Inject
    AccountService accounts;

    /** Whether the caller may add directorates, policies and neighbourhoods: the pôle. */
    public boolean mayAdd() {
        return accounts.me().role() == Role.POLE;
    }

    /** Most people a search suggests: the picker asks for more letters beyond. */
    public static final int SUGGESTED = 20;

    /**
     * The people whose name contains {@code text} (two letters at least, whatever their case), by name, at most
     * {@link #SUGGESTED}: for choosing whom to seat in a group among the city's hundreds or thousands.
     */
    public List<NamedRecord> people(String text) {
        String searched = text == null ? "" : text.strip();
        if (searched.length() < 2) {
            return List.of();
        }
        return persons.named(searched, SUGGESTED).stream().map(p -> new NamedRecord(p.getId(), p.getName())).toList();
    }

    /** The person with this id, by name, if there is one. */
    public Optional<NamedRecord> person(long id) {
        return persons.findById(id).map(p -> new NamedRecord(p.getId(), p.getName()));
    }

    /** The elected officials, by name: who may sponsor a project or preside a workshop. */
    public List<NamedRecord> electedOfficials() {
        return persons.ofCategory(PersonCategory.ELECTED_OFFICIAL).stream()
                .map(p -> new NamedRecord(p.getId(), p.getName()))
                .toList();
    }

    public Page<NamedRecord> directorates(PageRequest request) {
        return directorates.page(request).map(ReferenceDataService::named);
    }

    public NamedRecord directorate(long id) {
        return named(directorates.findById(id).orElseThrow(() -> new RecordNotFound("directorate", id)));
    }

    @RolesAllowed(Roles.POLE)
    public NamedRecord addDirectorate(String name) {
        if (directorates.existsByName(name)) {
            throw new InvalidInput("name", "reference.name.taken");
        }
        return named(directorates.store(new Directorate(name)));
    }

    public Page<NamedRecord> policies(PageRequest request) {
        return policies.page(request).map(ReferenceDataService::named);
    }

    public NamedRecord policy(long id) {
        return named(policies.findById(id).orElseThrow(() -> new RecordNotFound("public policy", id)));
    }

    @RolesAllowed(Roles.POLE)
    public NamedRecord addPolicy(String name) {
        if (policies.existsByName(name)) {
            throw new InvalidInput("name", "reference.name.taken");
        }
        return named(policies.store(new PublicPolicy(name)));
    }

    public Page<NamedRecord> neighbourhoods(PageRequest request) {
        return neighbourhoods.page(request).map(ReferenceDataService::named);
    }

    public NamedRecord neighbourhood(long id) {
        return named(neighbourhoods.findById(id).orElseThrow(() -> new RecordNotFound("neighbourhood", id)));
    }

    public List<NamedRecord> neighbourhoods() {
        return neighbourhoods.all().stream().map(ReferenceDataService::named).toList();
    }

    @RolesAllowed(Roles.POLE)
    public NamedRecord addNeighbourhood(String name) {
        if (neighbourhoods.existsByName(name)) {
            throw new InvalidInput("name", "reference.name.taken");
        }
        return named(neighbourhoods.store(new Neighbourhood(name)));
    }

    private static NamedRecord named(NamedReference record) {
        return new NamedRecord(record.getId(), record.getName());
    }
}
