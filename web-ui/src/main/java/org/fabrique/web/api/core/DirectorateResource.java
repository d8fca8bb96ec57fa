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

/** The city's directorates, as {@code {"id","name"}}. */
@Path("/directorates")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Core")
public class DirectorateResource extends NamedReferenceResource {

    @Inject
    ReferenceDataService referenceData;

    @Override
    protected Page<NamedRecord> page(PageRequest request) {
        return referenceData.directorates(request);
    }

    @Override
    protected NamedRecord find(long id) {
        return referenceData.directorate(id);
    }

    @Override
    protected NamedRecord add(String name) {
        return referenceData.addDirectorate(name);
    }
}
