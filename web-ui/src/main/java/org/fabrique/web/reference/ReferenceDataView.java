package org.fabrique.web.reference;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.function.Function;
import org.fabrique.core.application.InvalidInput;
import org.fabrique.core.application.NamedRecord;
import org.fabrique.core.application.ReferenceDataService;
import org.fabrique.web.faces.Messages;
import org.fabrique.web.faces.PagedModel;

/**
 * reference-data.xhtml: the directorates, public policies and neighbourhoods every mission uses; the
 * pôle adds new ones.
 */
@Named
@ViewScoped
public class ReferenceDataView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReferenceDataService referenceData;

    @Inject
    Messages messages;

    private PagedModel<NamedRecord> directorates;
    private PagedModel<NamedRecord> policies;
    private List<NamedRecord> neighbourhoods;
    private String newDirectorate;
    private String newPolicy;
    private String newNeighbourhood;
    private boolean mayAdd;

    public void load() {
        directorates = new PagedModel<>(referenceData::directorates, NamedRecord::id);
        policies = new PagedModel<>(referenceData::policies, NamedRecord::id);
        neighbourhoods = referenceData.neighbourhoods();
        mayAdd = referenceData.mayAdd();
    }

    /** Whether the caller may add reference records, as the service says. */
    public boolean isMayAdd() { return mayAdd; }

    public void addDirectorate() {
        if (add(referenceData::addDirectorate, newDirectorate, "addDirectorate")) {
            newDirectorate = null;
        }
    }

    public void addPolicy() {
        if (add(referenceData::addPolicy, newPolicy, "addPolicy")) {
            newPolicy = null;
        }
    }

    public void addNeighbourhood() {
        if (add(referenceData::addNeighbourhood, newNeighbourhood, "addNeighbourhood")) {
            newNeighbourhood = null;
            neighbourhoods = referenceData.neighbourhoods();
        }
    }

    private boolean add(Function<String, NamedRecord> adder, String name, String formId) {
        try {
            NamedRecord added = adder.apply(name);
            messages.info("reference.added", added.name());
            return true;
        } catch (InvalidInput e) {
            messages.refused(e, formId);
            return false;
        }
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

    public String getNewDirectorate() {
        return newDirectorate;
    }

    public void setNewDirectorate(String newDirectorate) {
        this.newDirectorate = newDirectorate;
    }

    public String getNewPolicy() {
        return newPolicy;
    }

    public void setNewPolicy(String newPolicy) {
        this.newPolicy = newPolicy;
    }

    public String getNewNeighbourhood() {
        return newNeighbourhood;
    }

    public void setNewNeighbourhood(String newNeighbourhood) {
        this.newNeighbourhood = newNeighbourhood;
    }
}
