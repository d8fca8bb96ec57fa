package org.fabrique.prospective.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.fabrique.core.application.CityClock;
import org.fabrique.core.domain.Directorate;
import org.fabrique.core.domain.DirectorateRepository;
import org.fabrique.prospective.domain.ActionStatus;
import org.fabrique.prospective.domain.Amendment;
import org.fabrique.prospective.domain.AmendmentStatus;
import org.fabrique.prospective.domain.Chapter;
import org.fabrique.prospective.domain.ChapterTexts;
import org.fabrique.prospective.domain.DocumentRepository;
import org.fabrique.prospective.domain.IssueRepository;
import org.fabrique.prospective.domain.Membership;
import org.fabrique.prospective.domain.ParticipantCategory;
import org.fabrique.prospective.domain.PlannedAction;
import org.fabrique.prospective.domain.RecommendationMarkers;
import org.fabrique.prospective.domain.ReferenceDocument;
import org.fabrique.prospective.domain.Workshop;
import org.fabrique.prospective.domain.WorkshopStatus;
import org.fabrique.prospective.demo.ProspectiveDemoWorkshops.WorkshopSpec;

/**
 * The scenario sequence of a demo workshop, as the seed tells it: the organising committee's draft
 * submitted by the president as version 1, two amendments (one accepted, which enters the text, one
 * rejected), version 2, adoption by consensus; then, for the workshops that went on to their action
 * plan, the first recommendations turned into actions of the directorates. The pôle reads the
 * cross-cutting markers in each adopted recommendation.
 */
@ApplicationScoped
class ProspectiveDemoAdoption {

    @Inject
    DocumentRepository documents;

    @Inject
    DirectorateRepository directorates;

    @Inject
    IssueRepository issues;

    /**
     * Takes a workshop in its scenario sequence to an adopted document (status ADOPTED), and to its action
     * plan when {@code target} goes further.
     *
     * @param scenario the day of the scenario session, when the group amended and adopted the text
     */
    void adopt(Workshop workshop, WorkshopSpec spec, LocalDate scenario, WorkshopStatus target) {
        long president = workshop.getPresidentPersonId();
        long member = workshop.getMembers().stream()
                .filter(m -> m.getCategory() != ParticipantCategory.PRESIDENT && m.getCategory() != ParticipantCategory.POLE)
                .map(Membership::getPersonId).findFirst().orElseThrow();
        ReferenceDocument document = new ReferenceDocument(workshop.getId());
        ChapterTexts first = ProspectiveDemoDocuments.chapters(spec);
        document.writeDraft(workshop, first);
        document.submit(workshop, president, at(scenario.minusWeeks(2), 18));
        document = documents.store(document);

        String[] accepted = ProspectiveDemoDocuments.acceptedAmendment(first);
        decide(workshop, document, Amendment.propose(workshop, document, member, Chapter.RECOMMENDATIONS, accepted[0],
                accepted[1], accepted[2], at(scenario.minusWeeks(1), 11)), AmendmentStatus.ACCEPTED, president, scenario);
        String[] rejected = ProspectiveDemoDocuments.rejectedAmendment();
        decide(workshop, document, Amendment.propose(workshop, document, member, Chapter.POSITIONING, rejected[0],
                rejected[1], rejected[2], at(scenario.minusWeeks(1), 12)), AmendmentStatus.REJECTED, president, scenario);
        document.submit(workshop, president, at(scenario, 11));
        document.adopt(workshop, 0, president, at(scenario, 12));
        document = documents.store(document);
        List<String> adopted = document.adoptedRecommendations();
        for (String recommendation : adopted) {
            RecommendationMarkers markers = new RecommendationMarkers(workshop, recommendation, adopted);
            markers.tag(ProspectiveDemoIssues.markersOf(recommendation), null);
            issues.store(markers);
        }

        if (target == WorkshopStatus.ACTION_PLAN || target == WorkshopStatus.CLOSED) {
            plan(workshop, document, spec, scenario, target == WorkshopStatus.CLOSED);
        }
    }

    private void decide(Workshop workshop, ReferenceDocument document, Amendment amendment, AmendmentStatus decision,
            long president, LocalDate scenario) {
        Amendment stored = documents.store(amendment);
        document.decide(workshop, stored, decision, null, president, at(scenario, 10));
        documents.store(stored);
    }

    /** An action for each of the first two adopted recommendations, led by the organising committee's directorate. */
    private void plan(Workshop workshop, ReferenceDocument document, WorkshopSpec spec, LocalDate scenario, boolean done) {
        Map<String, Long> byName = directorates.all().stream().collect(Collectors.toMap(Directorate::getName, Directorate::getId));
        long lead = spec.directors().stream().map(byName::get).filter(id -> id != null).findFirst()
                .orElseGet(() -> directorates.all().get(0).getId());
        List<String> recommendations = document.adoptedRecommendations();
        for (int i = 0; i < Math.min(2, recommendations.size()); i++) {
            PlannedAction action = PlannedAction.plan(workshop, document, recommendations.get(i),
                    i == 0 ? "Lancer l'expérimentation dans deux quartiers" : "Installer le comité de suivi avec les partenaires",
                    lead, i == 0 ? "Chef·fe de projet de la direction" : "Directeur·rice adjoint·e",
                    scenario.plusMonths(9 + 3L * i), at(scenario.plusWeeks(3), 10));
            if (done) {
                action.update(ActionStatus.DONE, 100);
            } else {
                action.update(ActionStatus.IN_PROGRESS, 40 + 30 * i);
            }
            documents.store(action);
        }
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(CityClock.ZONE).toInstant();
    }
}
