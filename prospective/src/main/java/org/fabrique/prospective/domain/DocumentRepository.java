package org.fabrique.prospective.domain;

import java.util.List;
import java.util.Optional;
import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;

/** Where reference documents, their amendments and the action plans are kept. */
public interface DocumentRepository {

    /** The workshop's document, with its versions. */
    Optional<ReferenceDocument> ofWorkshop(long workshopId);

    ReferenceDocument store(ReferenceDocument document);

    Optional<Amendment> findAmendment(long id);

    /** One page of a workshop's amendments, in the order they were proposed. */
    Page<Amendment> amendments(long workshopId, PageRequest request);

    /** How many of a workshop's amendments await the group's decision. */
    long undecidedAmendments(long workshopId);

    /** Per workshop not closed that the person presides, how many amendments wait for a decision, by title; one query. */
    List<UndecidedAmendments> undecidedForPresident(long personId);

    Amendment store(Amendment amendment);

    Optional<PlannedAction> findAction(long id);

    /** One page of a workshop's actions, of one directorate when given, by directorate name then deadline. */
    Page<PlannedAction> actions(long workshopId, Long directorateId, PageRequest request);

    PlannedAction store(PlannedAction action);
}
