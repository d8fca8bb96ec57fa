package org.fabrique.dialogue.domain;

import java.util.List;
import java.util.Optional;
import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;
import org.fabrique.core.domain.SortKey;

/** Where the yearly programmes are kept. */
public interface ProgrammeRepository {

    Optional<Programme> findById(long id);

    Optional<Programme> findByYear(int year);

    boolean existsByYear(int year);

    /** The programme of the latest year among those with this status, if any. */
    Optional<Programme> latest(ProgrammeStatus status);

    /**
     * The programme that receives new candidates: the open one of the earliest year from {@code fromYear} on,
     * if any.
     */
    Optional<Programme> nextOpen(int fromYear);

    /** The open programmes, the latest year first (a handful: one a year, until validated). */
    List<Programme> open();

    /** Programmes, the latest year first. */
    default Page<Programme> page(PageRequest request) {
        return page(ProgrammeFilter.all(), List.of(), request);
    }

    /** The programmes the filter lets through, sorted by these keys (of {@link ProgrammeFilter#SORT_FIELDS}), then the latest first. */
    Page<Programme> page(ProgrammeFilter filter, List<SortKey> sort, PageRequest request);

    /** Stores a new programme or the changes to an existing one; returns the stored instance. */
    Programme store(Programme programme);

    /**
     * Makes the current transaction fail at commit (optimistic lock) if the programme changes meanwhile,
     * so that a decision taken on an open programme cannot land after its validation.
     */
    void requireUnchangedAtCommit(Programme programme);
}
