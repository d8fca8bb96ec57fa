package org.fabrique.dialogue.domain;

import java.util.List;
import java.util.Optional;
import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;
import org.fabrique.core.domain.SortKey;

/** Where dialogue projects are kept. */
public interface DialogueProjectRepository {

    Optional<DialogueProject> findById(long id);

    /** The dialogue projects of a programme, by title, with their programme loaded. */
    default Page<DialogueProject> page(long programmeId, PageRequest request) {
        return page(programmeId, ProjectFilter.all(), List.of(), request);
    }

    /**
     * The dialogue projects of a programme the filter lets through, sorted by these keys (of
     * {@link ProjectFilter#SORT_FIELDS}) then by title, with their programme loaded.
     */
    Page<DialogueProject> page(long programmeId, ProjectFilter filter, List<SortKey> sort, PageRequest request);

    /** Every dialogue project of a programme (a few dozen), by title, with their programme loaded. */
    List<DialogueProject> ofProgramme(long programmeId);

    /**
     * One page of the projects that used a method, proposed by their candidate or held in one of their
     * sessions: latest programme first, then by title; with their programme loaded.
     */
    Page<DialogueProject> usingMethod(ParticipationMethod method, PageRequest request);

    /** How many projects used a method (as {@link #usingMethod}), and how many of them recorded lessons. */
    MethodUse use(ParticipationMethod method);

    /** Stores a new dialogue project or the changes to an existing one; returns the stored instance. */
    DialogueProject store(DialogueProject project);
}
