package org.fabrique.dialogue.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;
import org.fabrique.core.domain.SortKey;

/** Where recommendations and the city's answers are kept. */
public interface RecommendationRepository {

    Optional<Recommendation> findById(long id);

    /**
     * Those whose answer the pôle may publish now (answered, not an interim answer, not yet public), of one
     * programme or of all, by project then as recorded; at most {@code limit}.
     */
    List<Recommendation> awaitingPublication(Long programmeId, int limit);

    /** How many answers, of every programme, the pôle may publish now, as {@link #awaitingPublication} finds them. */
    long countAwaitingPublication();

    /** Those of these sessions some recommendation came from. */
    Set<Long> sessionsRecommendedFrom(Collection<Long> sessionIds);

    /** Whether any recommendation came from this session. */
    boolean anyFromSession(long sessionId);

    /** Those of these ids that exist, with their project and programme, in one query. */
    List<Recommendation> findAllById(Collection<Long> ids);

    /**
     * The recommendations the filter lets through, by due date then id, with their project and its programme
     * loaded.
     *
     * @param today the day against which {@link RecommendationFilter#overdue()} is judged
     */
    Page<Recommendation> page(RecommendationFilter filter, LocalDate today, PageRequest request);

    /**
     * As {@link #page(RecommendationFilter, LocalDate, PageRequest)}, sorted by the keys (of
     * {@link RecommendationFilter#SORT_FIELDS}) then by due date and id.
     */
    Page<Recommendation> page(RecommendationFilter filter, List<SortKey> sort, LocalDate today, PageRequest request);

    /** Every recommendation of a programme's dialogue projects, by due date then id, with their project loaded. */
    List<Recommendation> ofProgramme(long programmeId);

    /** The recommendations of these projects whose answer the pôle has published, by due date then id. */
    List<Recommendation> publishedOf(Collection<Long> projectIds);

    /** How many of a programme's recommendations have a published answer. */
    long countPublished(long programmeId);

    /**
     * Counts in the database the recommendations of the given programmes, by programme and by the
     * directorate that must answer them: one tally per pair that has any, ordered by programme then
     * directorate, in one statement whatever the number of recommendations.
     *
     * @param today the day against which overdue is judged, as {@link Recommendation#isOverdue} does
     */
    List<DirectorateCommitment> commitment(Collection<Long> programmeIds, LocalDate today);

    /**
     * The recommendations still awaiting their answer (an interim answer included) due on or before
     * {@code dueBy}, by due date then id, with their project loaded: those to remind of.
     */
    List<Recommendation> awaitingAnswerDueBy(LocalDate dueBy);

    /** Stores a new recommendation or the changes to an existing one; returns the stored instance. */
    Recommendation store(Recommendation recommendation);
}
