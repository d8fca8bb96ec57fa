package org.fabrique.dialogue.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fabrique.core.application.AccountService;
import org.fabrique.core.application.Caller;
import org.fabrique.core.application.RecordNotFound;
import org.fabrique.core.application.Roles;
import org.fabrique.core.domain.DirectorateRepository;
import org.fabrique.core.domain.NamedReference;
import org.fabrique.core.domain.PublicPolicyRepository;
import org.fabrique.core.domain.Role;
import org.fabrique.core.domain.TerritorialScale;
import org.fabrique.dialogue.domain.CandidateRepository;
import org.fabrique.dialogue.domain.Programme;
import org.fabrique.dialogue.domain.ProgrammeRepository;
import org.fabrique.dialogue.domain.StageCounts;

/**
 * The pipeline of a programme at a glance: its candidates counted by stage, directorate, public policy
 * and scale, in the database (three grouped counts, whatever the number of candidates). The pôle and
 * elected officials count every candidate; a directorate, which sees only its own candidates, counts
 * only those.
 */
@Stateless
@RolesAllowed({Roles.POLE, Roles.DIRECTORATE, Roles.ELECTED})
public class PipelineService {

    @Inject
    ProgrammeRepository programmes;

    @Inject
    CandidateRepository candidates;

    @Inject
    DirectorateRepository directorates;

    @Inject
    PublicPolicyRepository policies;

    @Inject
    AccountService accounts;

    public PipelineView of(long programmeId) {
        Programme programme = programmes.findById(programmeId)
                .orElseThrow(() -> new RecordNotFound("programme", programmeId));
        Caller caller = accounts.me();
        Long only = caller.role() == Role.DIRECTORATE ? caller.directorateId() : null;
        Map<Long, StageCounts> byDirectorate = candidates.stagesByDirectorate(programmeId, only);
        Map<Long, StageCounts> byPolicy = candidates.stagesByPolicy(programmeId, only);
        Map<TerritorialScale, StageCounts> byScale = candidates.stagesByScale(programmeId, only);
        StageCounts all = byDirectorate.values().stream().reduce(StageCounts.NONE, StageCounts::plus);

        List<PipelineView.Row> directorateRows = new ArrayList<>();
        if (!byDirectorate.isEmpty()) {
            named(directorates.all(), byDirectorate,
                    (id, name, counts) -> directorateRows.add(PipelineView.Row.directorate(id, name, counts)));
        }
        List<PipelineView.Row> policyRows = new ArrayList<>();
        if (byPolicy.keySet().stream().anyMatch(id -> id != null)) {
            named(policies.all(), byPolicy, (id, name, counts) -> policyRows.add(PipelineView.Row.policy(id, name, counts)));
        }
        if (byPolicy.containsKey(null)) {
            policyRows.add(PipelineView.Row.policy(null, null, byPolicy.get(null)));
        }
        List<PipelineView.Row> scaleRows = new ArrayList<>();
        byScale.entrySet().stream()
                .sorted(Comparator.comparing(Map.Entry::getKey, Comparator.nullsLast(Comparator.naturalOrder())))
                .forEach(e -> scaleRows.add(PipelineView.Row.scale(e.getKey(), e.getValue())));
        return new PipelineView(programme.getId(), programme.getYear(), all.total(), PipelineView.byStage(all),
                directorateRows, policyRows, scaleRows);
    }

    private interface RowSink {
        void add(long id, String name, StageCounts counts);
    }

    /** The counted records, in the order of the reference list (by name). */
    private static void named(List<? extends NamedReference> references, Map<Long, StageCounts> counts, RowSink sink) {
        Map<Long, StageCounts> left = new HashMap<>(counts);
        for (NamedReference reference : references) {
            StageCounts found = left.remove(reference.getId());
            if (found != null) {
                sink.add(reference.getId(), reference.getName(), found);
            }
        }
        left.forEach((id, found) -> {
            if (id != null) {
                sink.add(id, "", found);
            }
        });
    }
}
