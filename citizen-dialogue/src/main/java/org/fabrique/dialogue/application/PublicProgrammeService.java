package org.fabrique.dialogue.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.fabrique.core.application.CityClock;
import org.fabrique.core.application.RecordNotFound;
import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;
import org.fabrique.dialogue.domain.Answer;
import org.fabrique.dialogue.domain.AnswerPosition;
import org.fabrique.dialogue.domain.CommitmentTally;
import org.fabrique.dialogue.domain.DialogueProject;
import org.fabrique.dialogue.domain.DialogueProjectRepository;
import org.fabrique.dialogue.domain.DirectorateCommitment;
import org.fabrique.dialogue.domain.Programme;
import org.fabrique.dialogue.domain.ProgrammeRepository;
import org.fabrique.dialogue.domain.ProgrammeStatus;
import org.fabrique.dialogue.domain.Recommendation;
import org.fabrique.dialogue.domain.RecommendationRepository;

/**
 * What the city publishes of a programme, for anyone without an account: once validated, its dialogue
 * projects, the recommendations whose answers the pôle has published, and the on-time answer rate.
 * Nothing unpublished appears, and an open programme does not exist publicly.
 */
@Stateless
@PermitAll
public class PublicProgrammeService {

    public record PublicAnswer(AnswerPosition position, String text, String plannedActions, LocalDate answeredOn) {
    }

    public record PublicRecommendation(long id, String text, LocalDate recordedOn, LocalDate dueDate, PublicAnswer answer) {
    }

    public record PublicProject(long id, String title, String summary, List<PublicRecommendation> recommendations) {
    }

    public record PublicProgramme(int year, ProgrammeStatus status, List<PublicProject> projects, long recommendations,
            OnTimeRate onTime) {
    }

    /**
     * A page of a published programme, as its public page shows it: the figures of the whole programme (its projects,
     * its recommendations, those with a published answer, the on-time rate) and a page of its projects by title.
     */
    public record PublicProgrammePage(int year, ProgrammeStatus status, Page<PublicProject> projects, long recommendations,
            long published, OnTimeRate onTime) {
    }

    @Inject
    ProgrammeRepository programmes;

    @Inject
    DialogueProjectRepository projects;

    @Inject
    RecommendationRepository recommendations;

    @Inject
    CityClock clock;

    /** The years of the programmes the city has validated (or closed since), latest first. */
    public List<Integer> years() {
        return programmes.page(new PageRequest(0, PageRequest.MAX_SIZE)).items().stream()
                .filter(p -> p.getStatus() != ProgrammeStatus.OPEN)
                .map(Programme::getYear)
                .toList();
    }

    public PublicProgramme byYear(int year) {
        Programme programme = published(year);
        List<Recommendation> all = recommendations.ofProgramme(programme.getId());
        Map<Long, List<PublicRecommendation>> published = all.stream()
                .filter(Recommendation::isPublished)
                .collect(Collectors.groupingBy(r -> r.getProject().getId(),
                        Collectors.mapping(PublicProgrammeService::published, Collectors.toList())));
        List<PublicProject> list = projects.ofProgramme(programme.getId()).stream()
                .map(p -> new PublicProject(p.getId(), p.getTitle(), p.getSummary(), published.getOrDefault(p.getId(), List.of())))
                .toList();
        return new PublicProgramme(programme.getYear(), programme.getStatus(), list, all.size(),
                OnTimeRate.of(all, clock.today()));
    }

    /**
     * A page of the programme of {@code year}: the whole programme's figures counted in the database, then the page's
     * projects and their published answers: the same statements however large the programme.
     */
    public PublicProgrammePage page(int year, PageRequest request) {
        Programme programme = published(year);
        CommitmentTally tally = recommendations.commitment(List.of(programme.getId()), clock.today()).stream()
                .map(DirectorateCommitment::tally)
                .reduce(CommitmentTally.NONE, CommitmentTally::plus);
        Page<DialogueProject> page = projects.page(programme.getId(), request);
        Map<Long, List<PublicRecommendation>> answers = recommendations.publishedOf(
                        page.items().stream().map(DialogueProject::getId).toList()).stream()
                .collect(Collectors.groupingBy(r -> r.getProject().getId(),
                        Collectors.mapping(PublicProgrammeService::published, Collectors.toList())));
        return new PublicProgrammePage(programme.getYear(), programme.getStatus(),
                page.map(p -> new PublicProject(p.getId(), p.getTitle(), p.getSummary(),
                        answers.getOrDefault(p.getId(), List.of()))),
                tally.total(), recommendations.countPublished(programme.getId()), OnTimeRate.of(tally));
    }

    /** The programme of {@code year} once validated: an open or unknown year is not found. */
    private Programme published(int year) {
        return programmes.findByYear(year)
                .filter(p -> p.getStatus() != ProgrammeStatus.OPEN)
                .orElseThrow(() -> new RecordNotFound("programme", year));
    }

    private static PublicRecommendation published(Recommendation r) {
        Answer a = r.getAnswer();
        return new PublicRecommendation(r.getId(), r.getText(), r.getRecordedOn(), r.getDueDate(),
                new PublicAnswer(a.position(), a.text(), a.plannedActions(), a.answeredOn()));
    }
}
