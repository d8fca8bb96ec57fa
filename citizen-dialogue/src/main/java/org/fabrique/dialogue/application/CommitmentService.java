package org.fabrique.dialogue.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.fabrique.core.application.CityClock;
import org.fabrique.core.application.RecordNotFound;
import org.fabrique.core.application.Roles;
import org.fabrique.core.domain.Directorate;
import org.fabrique.core.domain.DirectorateRepository;
import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;
import org.fabrique.dialogue.domain.CommitmentTally;
import org.fabrique.dialogue.domain.DirectorateCommitment;
import org.fabrique.dialogue.domain.Programme;
import org.fabrique.dialogue.domain.ProgrammeRepository;
import org.fabrique.dialogue.domain.ProgrammeStatus;
import org.fabrique.dialogue.domain.RecommendationRepository;

/**
 * The commitment dashboard: how the city keeps its commitment to answer the citizens' recommendations,
 * per programme and per directorate. Every account of the administration and the elected officials
 * sees every directorate's figures (the on-time rate is public anyway). Counted in the database: a page
 * of programmes takes four statements whatever the number of recommendations.
 */
@Stateless
@RolesAllowed({Roles.POLE, Roles.DIRECTORATE, Roles.ELECTED})
public class CommitmentService {

    @Inject
    ProgrammeRepository programmes;

    @Inject
    RecommendationRepository recommendations;

    @Inject
    DirectorateRepository directorates;

    @Inject
    CityClock clock;

    /** The figures of a page of programmes, the latest year first, each with its directorates'. */
    public Page<CommitmentView> page(PageRequest request) {
        Page<Programme> page = programmes.page(request);
        Map<Long, CommitmentView> figures = figures(page.items());
        return page.map(p -> figures.get(p.getId()));
    }

    /** The figures of one programme and of its directorates. */
    public CommitmentView of(long programmeId) {
        Programme programme = programmes.findById(programmeId)
                .orElseThrow(() -> new RecordNotFound("programme", programmeId));
        return figures(List.of(programme)).get(programmeId);
    }

    /** The programme the dashboard shows first: the latest validated one, if any. */
    public Optional<Long> latestValidated() {
        return programmes.latest(ProgrammeStatus.VALIDATED).map(Programme::getId);
    }

    private Map<Long, CommitmentView> figures(List<Programme> list) {
        List<DirectorateCommitment> tallies = recommendations.commitment(
                list.stream().map(Programme::getId).toList(), clock.today());
        List<Directorate> byName = tallies.isEmpty() ? List.of() : directorates.all();
        Map<Long, Integer> rank = new HashMap<>();
        byName.forEach(d -> rank.put(d.getId(), rank.size()));
        Map<Long, List<DirectorateCommitment>> byProgramme = tallies.stream()
                .collect(Collectors.groupingBy(DirectorateCommitment::programmeId));
        Map<Long, CommitmentView> figures = new HashMap<>();
        for (Programme programme : list) {
            CommitmentTally total = CommitmentTally.NONE;
            List<CommitmentView.Directorate> rows = new ArrayList<>();
            for (DirectorateCommitment d : byProgramme.getOrDefault(programme.getId(), List.of())) {
                total = total.plus(d.tally());
                Integer position = rank.get(d.directorateId());
                rows.add(CommitmentView.Directorate.of(d.directorateId(),
                        position == null ? "" : byName.get(position).getName(), d.tally()));
            }
            rows.sort(Comparator.comparing(r -> rank.getOrDefault(r.directorateId(), Integer.MAX_VALUE)));
            figures.put(programme.getId(), CommitmentView.of(programme, total, rows));
        }
        return figures;
    }
}
