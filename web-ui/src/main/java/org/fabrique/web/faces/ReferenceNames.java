package org.fabrique.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.fabrique.core.application.NamedRecord;
import org.fabrique.core.application.ReferenceDataService;
import org.fabrique.core.domain.PageRequest;

/**
 * The names of directorates, policies and neighbourhoods for the pages that show records holding their
 * ids: read once per request (three queries, whatever the number of rows shown).
 */
@Named
@RequestScoped
public class ReferenceNames {

    @Inject
    ReferenceDataService referenceData;

    private Map<Long, String> directorates;
    private Map<Long, String> policies;
    private List<NamedRecord> directorateList;
    private List<NamedRecord> policyList;
    private List<NamedRecord> electedList;
    private List<NamedRecord> neighbourhoodList;

    public String directorate(Long id) {
        if (directorates == null) {
            directorates = byId(getDirectorates());
        }
        return id == null ? "" : directorates.getOrDefault(id, "");
    }

    public String policy(Long id) {
        if (policies == null) {
            policies = byId(getPolicies());
        }
        return id == null ? "" : policies.getOrDefault(id, "");
    }

    /** Every directorate by name, for the selects. */
    public List<NamedRecord> getDirectorates() {
        if (directorateList == null) {
            directorateList = referenceData.directorates(new PageRequest(0, PageRequest.MAX_SIZE)).items();
        }
        return directorateList;
    }

    /** The elected officials by name, for the sponsor's select. */
    public List<NamedRecord> getElectedOfficials() {
        if (electedList == null) {
            electedList = referenceData.electedOfficials();
        }
        return electedList;
    }

    public String electedOfficial(Long personId) {
        if (personId == null) {
            return "";
        }
        return getElectedOfficials().stream().filter(e -> e.id() == personId).map(NamedRecord::name).findFirst().orElse("");
    }

    public List<NamedRecord> getPolicies() {
        if (policyList == null) {
            policyList = referenceData.policies(new PageRequest(0, PageRequest.MAX_SIZE)).items();
        }
        return policyList;
    }

    public String neighbourhood(Long id) {
        if (id == null) {
            return "";
        }
        return getNeighbourhoods().stream().filter(n -> n.id() == id).map(NamedRecord::name).findFirst().orElse("");
    }

    public List<NamedRecord> getNeighbourhoods() {
        if (neighbourhoodList == null) {
            neighbourhoodList = referenceData.neighbourhoods();
        }
        return neighbourhoodList;
    }

    private static Map<Long, String> byId(List<NamedRecord> records) {
        return records.stream().collect(Collectors.toMap(NamedRecord::id, NamedRecord::name, (a, b) -> a));
    }

}
