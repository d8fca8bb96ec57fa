package org.fabrique.web.api.core;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fabrique.core.application.NamedRecord;
import org.fabrique.core.application.ReferenceDataService;
import org.fabrique.web.api.PageView;
import org.fabrique.web.api.Paging;

@Path("/policies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Core")
public class PolicyResource {

    @Inject
    ReferenceDataService referenceData;

    @GET
    @Operation(summary = "The public policies, by name")
    public PageView<NamedRecord> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return PageView.of(referenceData.policies(Paging.of(page, size)));
    }
}
