package org.fabrique.dialogue.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;
import org.fabrique.core.domain.SortKey;
import org.fabrique.core.domain.TerritorialScale;

/** Where candidate projects are kept. */
public interface CandidateRepository {

    Optional<CandidateProject> findById(long id);

    /**
     * The candidates of a programme the filter lets through, in the order of the sort keys (fields of
     * {@link CandidateFilter#SORT_FIELDS}) then by title, with their programme loaded; two statements.
     */
    Page<CandidateProject> page(long programmeId, CandidateFilter filter, List<SortKey> sort, PageRequest request);

    /**
     * A page of the candidates of a programme the elected officials can arbitrate or have arbitrated, in the order of
     * the sort keys (fields of {@link CandidateFilter#SORT_FIELDS}) then by title, each with its methods and its
     * feasibility criteria loaded.
     */
    Page<CandidateProject> studiedOrArbitrated(long programmeId, List<SortKey> sort, PageRequest request);

    /**
     * Per open programme, how many candidates are at each status (statuses without any left out), latest year
     * first; one query.
     *
     * @param directorateId only this directorate's candidates, or every directorate's when null
     */
    List<CandidateTally> openProgrammeTallies(Long directorateId);

    /** How many candidates of the programme are retained. */
    long countRetained(long programmeId);

    /** How many candidates of each of these programmes are retained, in one statement; absent ones have none. */
    Map<Long, Long> countRetained(Collection<Long> programmeIds);

    /** The retained candidates of a programme, by title. */
    List<CandidateProject> retained(long programmeId);

    /**
     * How many of a programme's candidates are at each stage, by directorate, counted in the database.
     *
     * @param directorateId only this directorate's candidates, or every directorate's when null
     */
    Map<Long, StageCounts> stagesByDirectorate(long programmeId, Long directorateId);

    /** As {@link #stagesByDirectorate}, by public policy; the null key counts the candidates without one yet. */
    Map<Long, StageCounts> stagesByPolicy(long programmeId, Long directorateId);

    /** As {@link #stagesByDirectorate}, by territorial scale; the null key counts the candidates without one yet. */
    Map<TerritorialScale, StageCounts> stagesByScale(long programmeId, Long directorateId);

    /** Stores a new candidate or the changes to an existing one; returns the stored instance. */
    CandidateProject store(CandidateProject candidate);
}
