package org.fabrique.web.api.core;

import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fabrique.core.application.NamedRecord;
import org.fabrique.core.application.ReferenceDataService;
import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;

/** The city's neighbourhoods, as {@code {"id","name"}}. */
@Path("/neighbourhoods")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Core")
public class NeighbourhoodResource extends NamedReferenceResource {

    @Inject
    ReferenceDataService referenceData;

    @Override
    protected Page<NamedRecord> page(PageRequest request) {
        return referenceData.neighbourhoods(request);
    }

    @Override
    protected NamedRecord find(long id) {
        return referenceData.neighbourhood(id);
    }

    @Override
    protected NamedRecord add(String name) {
        return referenceData.addNeighbourhood(name);
    }
}
