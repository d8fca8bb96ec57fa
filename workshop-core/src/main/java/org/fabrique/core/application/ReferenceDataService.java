package org.fabrique.core.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.fabrique.core.domain.DirectorateRepository;
import org.fabrique.core.domain.NeighbourhoodRepository;
import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;
import org.fabrique.core.domain.PublicPolicyRepository;

/** The city's reference data every mission uses: directorates, public policies, neighbourhoods. */
@Stateless
@RolesAllowed({Roles.POLE, Roles.DIRECTORATE, Roles.ELECTED, Roles.PARTICIPANT})
public class ReferenceDataService {

    @Inject
    DirectorateRepository directorates;

    @Inject
    PublicPolicyRepository policies;

    @Inject
    NeighbourhoodRepository neighbourhoods;

    public Page<NamedRecord> directorates(PageRequest request) {
        return directorates.page(request).map(d -> new NamedRecord(d.getId(), d.getName()));
    }

    public Page<NamedRecord> policies(PageRequest request) {
        return policies.page(request).map(p -> new NamedRecord(p.getId(), p.getName()));
    }

    public List<NamedRecord> neighbourhoods() {
        return neighbourhoods.all().stream().map(n -> new NamedRecord(n.getId(), n.getName())).toList();
    }
}
