package org.fabrique.prospective.demo;

import static org.fabrique.prospective.demo.ProspectiveGeneratedWorkshop.at;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.fabrique.prospective.demo.ProspectiveGeneratedTexts.AmendmentText;
import org.fabrique.prospective.demo.ProspectiveGeneratedWorkshop.Blueprint;
import org.fabrique.prospective.domain.ActionStatus;
import org.fabrique.prospective.domain.Amendment;
import org.fabrique.prospective.domain.AmendmentStatus;
import org.fabrique.prospective.domain.Chapter;
import org.fabrique.prospective.domain.ChapterTexts;
import org.fabrique.prospective.domain.Membership;
import org.fabrique.prospective.domain.ParticipantCategory;
import org.fabrique.prospective.domain.PlannedAction;
import org.fabrique.prospective.domain.RecommendationMarkers;
import org.fabrique.prospective.domain.ReferenceDocument;
import org.fabrique.prospective.domain.Sequence;
import org.fabrique.prospective.domain.Workshop;
import org.fabrique.prospective.domain.WorkshopStatus;

/**
 * The scenario sequence of a generated workshop and what follows it, as the seed tells it: the committee's draft
 * submitted by the president as version 1; four amendments (the demo's accepted and rejected ones, one accepted as
 * modified, one withdrawn by its author) decided at the scenario session; version 2. A workshop still in its
 * scenario sequence has two more amendments on version 2 awaiting the group. Otherwise, where the scenario sequence
 * took an adoption session, two more amendments (one accepted, one rejected) and version 3; then adoption by
 * consensus, the pôle's markers on each adopted recommendation, and for a workshop that went on, its action plan
 * (one or two actions per recommendation) and its closing, with a published synthesis note for one in two.
 */
final class ProspectiveGeneratedDocument {

    private final ProspectiveGeneratedRecords records;
    private final Random random;

    ProspectiveGeneratedDocument(ProspectiveGeneratedRecords records, Random random) {
        this.records = records;
        this.random = random;
    }

    /**
     * Takes a workshop in its scenario sequence to its status; returns how many records it stored (the document,
     * its versions, amendments, markers and actions).
     */
    long scenario(Workshop workshop, Blueprint blueprint) {
        long president = workshop.getPresidentPersonId();
        List<Long> authors = authors(workshop);
        LocalDate scenario = blueprint.timeline().lastHeld(Sequence.SCENARIO);
        ReferenceDocument document = new ReferenceDocument(records.idOf(workshop));
        ChapterTexts first = ProspectiveDemoDocuments.chapters(blueprint.spec());
        document.writeDraft(workshop, first);
        document.submit(workshop, president, at(scenario.minusWeeks(2), 18));

        List<Amendment> amendments = new ArrayList<>();
        String[] accepted = ProspectiveDemoDocuments.acceptedAmendment(first);
        String[] rejected = ProspectiveDemoDocuments.rejectedAmendment();
        Amendment kept = propose(workshop, document, authors.get(0), Chapter.RECOMMENDATIONS,
                new AmendmentText(accepted[0], accepted[1], accepted[2], null), scenario.minusWeeks(1), 11);
        Amendment refused = propose(workshop, document, authors.get(1), Chapter.POSITIONING,
                new AmendmentText(rejected[0], rejected[1], rejected[2], null), scenario.minusWeeks(1), 12);
        Amendment modified = propose(workshop, document, authors.get(2), Chapter.CONDITIONS_OF_SUCCESS,
                ProspectiveGeneratedTexts.MODIFIED, scenario.minusDays(6), 10);
        Amendment withdrawn = propose(workshop, document, authors.get(3), Chapter.SPECIFIC_CHOICES,
                ProspectiveGeneratedTexts.WITHDRAWN, scenario.minusDays(6), 15);
        withdrawn.withdraw(authors.get(3), at(scenario.minusDays(3), 9));
        document.decide(workshop, kept, AmendmentStatus.ACCEPTED, null, president, at(scenario, 10));
        document.decide(workshop, refused, AmendmentStatus.REJECTED, null, president, at(scenario, 10));
        document.decide(workshop, modified, AmendmentStatus.ACCEPTED_AS_MODIFIED, ProspectiveGeneratedTexts.MODIFIED.modified(),
                president, at(scenario, 10));
        amendments.addAll(List.of(kept, refused, modified, withdrawn));

        WorkshopStatus status = blueprint.status();
        if (status == WorkshopStatus.SCENARIO) {
            // version 2 after the session, amended again by the group: the adoption session will decide
            document.submit(workshop, president, at(scenario.plusDays(2), 18));
            amendments.addAll(secondRound(workshop, document, authors, scenario.plusDays(3)));
        } else if (blueprint.spec().adoptionSession()) {
            LocalDate adoption = blueprint.timeline().lastHeld();
            document.submit(workshop, president, at(scenario.plusDays(2), 18));
            List<Amendment> second = secondRound(workshop, document, authors, adoption.minusWeeks(1));
            document.decide(workshop, second.get(0), AmendmentStatus.ACCEPTED, null, president, at(adoption, 10));
            document.decide(workshop, second.get(1), AmendmentStatus.REJECTED, null, president, at(adoption, 10));
            amendments.addAll(second);
            document.submit(workshop, president, at(adoption, 11));
            document.adopt(workshop, 0, president, at(adoption, 12));
        } else {
            document.submit(workshop, president, at(scenario, 11));
            document.adopt(workshop, 0, president, at(scenario, 12));
        }
        amendments.forEach(records::store);
        records.store(document);
        long stored = 1 + document.getVersions().size() + amendments.size();
        if (document.isAdopted()) {
            stored += markers(workshop, document, blueprint);
        }
        if (status == WorkshopStatus.ACTION_PLAN || status == WorkshopStatus.CLOSED) {
            stored += plan(workshop, document, blueprint);
        }
        if (status == WorkshopStatus.CLOSED) {
            workshop.advance();
        }
        return stored;
    }

    /** Two amendments on the latest version: one on chapter 1, one adding a deadline to the second recommendation. */
    private List<Amendment> secondRound(Workshop workshop, ReferenceDocument document, List<Long> authors, LocalDate day) {
        String second = document.latest().orElseThrow().getChapters().paragraphs(Chapter.RECOMMENDATIONS).get(1);
        return List.of(
                propose(workshop, document, authors.get(4), Chapter.ISSUES, ProspectiveGeneratedTexts.SECOND_ROUND, day, 11),
                propose(workshop, document, authors.get(5), Chapter.RECOMMENDATIONS, ProspectiveGeneratedTexts.deadline(second),
                        day, 12));
    }

    private static Amendment propose(Workshop workshop, ReferenceDocument document, long author, Chapter chapter,
            AmendmentText text, LocalDate day, int hour) {
        return Amendment.propose(workshop, document, author, chapter, text.passage(), text.proposed(), text.rationale(),
                at(day, hour));
    }

    /**
     * Six authors in turn among the members who acknowledged the charter, neither the president nor the pôle, drawn
     * at random; the president when nobody else may.
     */
    private List<Long> authors(Workshop workshop) {
        List<Long> eligible = workshop.getMembers().stream()
                .filter(Membership::hasAcknowledgedCharter)
                .filter(m -> m.getCategory() != ParticipantCategory.PRESIDENT && m.getCategory() != ParticipantCategory.POLE)
                .map(Membership::getPersonId).toList();
        List<Long> authors = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            authors.add(eligible.isEmpty() ? workshop.getPresidentPersonId() : eligible.get(random.nextInt(eligible.size())));
        }
        return authors;
    }

    /** The markers the pôle reads in each adopted recommendation, with the policy's tension where it lies. */
    private long markers(Workshop workshop, ReferenceDocument document, Blueprint blueprint) {
        List<String> adopted = document.adoptedRecommendations();
        Map.Entry<Integer, String> tension = ProspectiveDemoIssues.TENSIONS.get(blueprint.spec().policy());
        for (int i = 0; i < adopted.size(); i++) {
            RecommendationMarkers markers = new RecommendationMarkers(workshop, adopted.get(i), adopted);
            markers.tag(ProspectiveDemoIssues.markersOf(adopted.get(i)),
                    tension != null && tension.getKey() == i ? tension.getValue() : null);
            records.store(markers);
        }
        return adopted.size();
    }

    /**
     * One or two actions per adopted recommendation, planned three weeks after adoption, the first led by the
     * organising committee's directorate; all finished in a closed workshop (one in five abandoned), in every state
     * in one whose plan runs.
     */
    private long plan(Workshop workshop, ReferenceDocument document, Blueprint blueprint) {
        LocalDate adopted = blueprint.timeline().lastHeld();
        boolean closed = blueprint.status() == WorkshopStatus.CLOSED;
        List<Long> directorates = blueprint.directorates();
        List<String> recommendations = document.adoptedRecommendations();
        int turn = random.nextInt(100);
        long stored = 0;
        for (String recommendation : recommendations) {
            int count = 1 + random.nextInt(2);
            for (int j = 0; j < count; j++, turn++) {
                long directorate = stored == 0 ? directorates.get(0) : directorates.get(random.nextInt(directorates.size()));
                PlannedAction action = PlannedAction.plan(workshop, document, recommendation,
                        ProspectiveGeneratedTexts.action(turn), directorate, ProspectiveGeneratedTexts.pilot(turn),
                        adopted.plusMonths(6 + random.nextInt(31)), at(adopted.plusWeeks(3), 10));
                progress(action, closed);
                records.store(action);
                stored++;
            }
        }
        if (closed && random.nextBoolean()) {
            int members = workshop.getMembers().size();
            workshop.writeSynthesis(ProspectiveGeneratedTexts.synthesis(workshop.getTitle(), blueprint.spec(),
                    workshop.getStart(), workshop.getEnd(), members, (int) stored));
            workshop.publishSynthesis(at(workshop.getEnd().plusWeeks(6), 10));
        }
        return stored;
    }

    /** Finished in a closed workshop; planned, under way, done or abandoned in a running plan. */
    private void progress(PlannedAction action, boolean closed) {
        int draw = random.nextInt(10);
        if (closed) {
            if (draw < 8) {
                action.update(ActionStatus.DONE, 100);
            } else {
                action.update(ActionStatus.ABANDONED, 10 * random.nextInt(7));
            }
        } else if (draw >= 2 && draw < 7) {
            action.update(ActionStatus.IN_PROGRESS, 10 + 5 * random.nextInt(17));
        } else if (draw == 7 || draw == 8) {
            action.update(ActionStatus.DONE, 100);
        } else if (draw == 9) {
            action.update(ActionStatus.ABANDONED, 5 * random.nextInt(11));
        }
        // draws 0 and 1 leave it planned, at 0 %
    }
}
