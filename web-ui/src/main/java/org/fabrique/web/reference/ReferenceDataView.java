package org.fabrique.web.reference;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.fabrique.core.application.NamedRecord;
import org.fabrique.core.application.ReferenceDataService;
import org.fabrique.web.faces.PagedModel;

/** reference-data.xhtml: the directorates, public policies and neighbourhoods every mission uses. */
@Named
@ViewScoped
public class ReferenceDataView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReferenceDataService referenceData;

    private PagedModel<NamedRecord> directorates;
    private PagedModel<NamedRecord> policies;
    private List<NamedRecord> neighbourhoods;

    public void load() {
        directorates = new PagedModel<>(referenceData::directorates, NamedRecord::id);
        policies = new PagedModel<>(referenceData::policies, NamedRecord::id);
        neighbourhoods = referenceData.neighbourhoods();
    }

    public PagedModel<NamedRecord> getDirectorates() {
        return directorates;
    }

    public PagedModel<NamedRecord> getPolicies() {
        return policies;
    }

    public List<NamedRecord> getNeighbourhoods() {
        return neighbourhoods;
    }
}
