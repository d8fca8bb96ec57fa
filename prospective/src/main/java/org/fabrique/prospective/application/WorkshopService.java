package org.fabrique.prospective.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.fabrique.core.application.AccountService;
import org.fabrique.core.application.AuditLog;
import org.fabrique.core.application.RecordNotFound;
import org.fabrique.core.application.Roles;
import org.fabrique.core.domain.AuditType;
import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;
import org.fabrique.core.domain.Person;
import org.fabrique.core.domain.PersonCategory;
import org.fabrique.core.domain.PersonRepository;
import org.fabrique.core.domain.Role;
import org.fabrique.core.domain.SortKey;
import org.fabrique.prospective.application.CycleFiguresView;
import org.fabrique.prospective.application.CycleView;
import org.fabrique.prospective.application.FiguresView;
import org.fabrique.prospective.application.GroupView;
import org.fabrique.prospective.application.MinutesView;
import org.fabrique.prospective.application.ParticipantView;
import org.fabrique.prospective.application.SynthesisView;
import org.fabrique.prospective.application.WorkshopSessionView;
import org.fabrique.prospective.application.WorkshopView;
import org.fabrique.prospective.domain.CycleRepository;
import org.fabrique.prospective.domain.Workshop;
import org.fabrique.prospective.domain.WorkshopFilter;
import org.fabrique.prospective.domain.WorkshopRepository;
import org.fabrique.prospective.domain.WorkshopSession;

/**
 * Reading the workshops: their list and cycles and figures for any account; their closed group,
 * sessions and minutes for their members and the pôle only.
 */
@Stateless
@RolesAllowed({Roles.POLE, Roles.DIRECTORATE, Roles.ELECTED, Roles.PARTICIPANT})
public class WorkshopService {

    @Inject
    WorkshopRepository workshops;

    @Inject
    AuditLog audit;

    @Inject
    CycleRepository cycles;

    @Inject
    PersonRepository persons;

    @Inject
    WorkshopAccess access;

    @Inject
    AccountService accounts;

    public List<CycleView> cycles() {
        return cycles.all().stream().map(CycleView::of).toList();
    }

    /** One cycle's workshops (every cycle's when null), by cycle and title. */
    public Page<WorkshopView> page(Long cycleId, PageRequest request) {
        return page(WorkshopFilter.ofCycle(cycleId), List.of(), request);
    }

    /**
     * The workshops the filter lets through, sorted by the keys (fields of {@link WorkshopFilter#SORT_FIELDS}) then by
     * cycle and title.
     */
    public Page<WorkshopView> page(WorkshopFilter filter, List<SortKey> sort, PageRequest request) {
        Role role = accounts.me().role();
        return workshops.page(filter, sort, request).map(w -> WorkshopView.of(w, access.actions(w, role)));
    }

    public WorkshopView find(long id) {
        Workshop workshop = access.load(id);
        return WorkshopView.of(workshop, access.actions(workshop));
    }

    /** Whether the caller may read this workshop's confidential material: a member, or the pôle. */
    public boolean isInsider(long id) {
        return access.isInsider(access.load(id));
    }

    /** The synthesis note: anyone reads it once published; before, it is a draft for insiders only. */
    public SynthesisView synthesis(long id) {
        Workshop workshop = access.load(id);
        if (workshop.getSynthesisPublishedAt() == null) {
            workshop = access.insiderOnly(id);
        }
        return new SynthesisView(workshop.getId(), workshop.getTitle(), workshop.getSynthesisNote(),
                workshop.getSynthesisPublishedAt());
    }

    public List<ParticipantView> participants(long id) {
        return group(id).participants();
    }

    /** The workshop's group, and whether its size is outside the seed's 15–30 (the page warns; the pôle decides). */
    public GroupView group(long id) {
        Workshop workshop = access.insiderOnly(id);
        Map<Long, String> names = persons.findAllById(workshop.getMembers().stream().map(m -> m.getPersonId()).toList())
                .stream().collect(Collectors.toMap(Person::getId, Person::getName));
        List<ParticipantView> participants = workshop.getMembers().stream()
                .map(m -> new ParticipantView(m.getPersonId(), names.getOrDefault(m.getPersonId(), ""), m.getCategory(),
                        m.getCharterAcknowledgedAt()))
                .toList();
        return new GroupView(participants, workshop.isGroupSizeOutsideRange());
    }

    public List<WorkshopSessionView> sessions(long id) {
        access.insiderOnly(id);
        return workshops.sessions(id).stream().map(WorkshopSessionView::of).toList();
    }

    public MinutesView minutes(long id, long sessionId) {
        access.insiderOnly(id);
        WorkshopSession session = workshops.findSession(sessionId)
                .filter(s -> s.getWorkshop().getId() == id)
                .orElseThrow(() -> new RecordNotFound("session", sessionId));
        audit.recordForCaller(AuditType.CONFIDENTIAL_READ, "workshop " + id + ", session " + sessionId, "minutes");
        return new MinutesView(session.getId(), session.getSequence(), session.getDate(), session.getMinutes());
    }

    /** Distinct people by category over the workshops of these cycles (every workshop when none). */
    public FiguresView figures(Collection<Long> cycleIds) {
        return FiguresView.of(workshops.distinctMembersByCategory(cycleIds));
    }

    /** Every cycle with its figures, in one query whatever the number of cycles. */
    public List<CycleFiguresView> figuresByCycle() {
        Map<Long, EnumMap<PersonCategory, Long>> counts = workshops.distinctMembersByCycleAndCategory();
        return cycles.all().stream().map(CycleView::of)
                .map(cycle -> new CycleFiguresView(cycle, FiguresView.of(counts.getOrDefault(cycle.id(), new EnumMap<>(PersonCategory.class)))))
                .toList();
    }
}
