package org.fabrique.prospective.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;
import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;
import org.fabrique.core.domain.SortKey;
import org.fabrique.core.domain.PersonCategory;

/** Where workshops, their members and their sessions are kept. */
public interface WorkshopRepository {

    Optional<Workshop> findById(long id);

    /**
     * The workshop, locked until the transaction ends: another transaction changing it or its members at
     * the same time waits for this one, then reads what it wrote.
     */
    Optional<Workshop> findByIdLocked(long id);

    /**
     * One page of the workshops the filter lets through, in the order of the sort keys (fields of
     * {@link WorkshopFilter#SORT_FIELDS}) then by cycle and title, cycle loaded; two statements.
     */
    Page<Workshop> page(WorkshopFilter filter, List<SortKey> sort, PageRequest request);

    /** One page of the workshops whose synthesis note is published, latest publication first, cycle loaded. */
    Page<Workshop> publishedSyntheses(PageRequest request);

    /** A person's seats whose charter is still to acknowledge, in workshops not closed; workshops loaded. */
    List<Membership> charterPending(long personId);

    Workshop store(Workshop workshop);

    /**
     * The next session from {@code from} on (included) of each workshop not closed where the person sits or presides,
     * by date, workshops loaded; at most {@code limit}.
     */
    List<WorkshopSession> nextSessions(long personId, LocalDate from, int limit);

    /**
     * The sessions before {@code before}, of workshops not closed, whose attendance register is still empty,
     * the oldest first, workshops loaded; at most {@code limit}.
     */
    List<WorkshopSession> withoutRegister(LocalDate before, int limit);

    /**
     * The workshops running a sequence (exploratory, resource or scenario) with no session from {@code from}
     * on, by title; at most {@code limit}.
     */
    List<Workshop> withoutNextSession(LocalDate from, int limit);

    Optional<WorkshopSession> findSession(long id);

    /** A workshop's sessions by date, with their attendance register loaded, in one statement. */
    List<WorkshopSession> sessions(long workshopId);

    WorkshopSession store(WorkshopSession session);

    /**
     * The distinct people seated in the workshops of these cycles (all workshops when empty), counted by
     * their category as people: a person in three workshops counts once.
     */
    EnumMap<PersonCategory, Long> distinctMembersByCategory(Collection<Long> cycleIds);

    /** Distinct members by category within each cycle that has any, by cycle id. */
    java.util.Map<Long, EnumMap<PersonCategory, Long>> distinctMembersByCycleAndCategory();
}
