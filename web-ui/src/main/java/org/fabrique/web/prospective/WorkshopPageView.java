package org.fabrique.web.prospective;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.fabrique.core.application.CityClock;
import org.fabrique.core.application.InvalidInput;
import org.fabrique.core.application.NamedRecord;
import org.fabrique.core.application.ReferenceDataService;
import org.fabrique.core.domain.Percent;
import org.fabrique.core.domain.StateConflict;
import org.fabrique.prospective.application.GroupView;
import org.fabrique.prospective.application.ParticipantView;
import org.fabrique.prospective.application.SessionRecordService;
import org.fabrique.prospective.application.SynthesisView;
import org.fabrique.prospective.application.WorkshopService;
import org.fabrique.prospective.application.WorkshopSetupService;
import org.fabrique.prospective.application.WorkshopView;
import org.fabrique.prospective.domain.AttendanceRate;
import org.fabrique.prospective.domain.ParticipantCategory;
import org.fabrique.prospective.domain.WorkshopStatus;
import org.fabrique.web.faces.Messages;
import org.fabrique.web.shell.CallerView;

/**
 * prospective/workshop.xhtml: a workshop. Anyone reads what it is and its published synthesis; its
 * members and the pôle read its group, with the charter and each one's attendance; a member who has
 * not yet acknowledged the charter does it here; the pôle seats members, moves the workshop along and
 * writes the synthesis. Its sessions are {@link WorkshopSessionsView}'s.
 */
@Named
@ViewScoped
public class WorkshopPageView implements Serializable {

    private static final long serialVersionUID = 1L;

    private boolean advancing;

    /** The seven principles of the charter, in the order the seed reads them aloud. */
    public static final List<String> PRINCIPLES = List.of("trust", "benevolence", "collective", "efficiency",
            "contribution", "protection", "attendance");

    @Inject
    WorkshopService workshops;

    @Inject
    WorkshopSetupService setup;

    @Inject
    SessionRecordService sessions;

    @Inject
    CallerView caller;

    @Inject
    Messages messages;

    @Inject
    ReferenceDataService referenceData;

    private long id;
    private WorkshopView workshop;
    private boolean insider;
    private List<ParticipantView> participants = List.of();
    private boolean groupSizeOutsideRange;
    private Map<Long, AttendanceRate> rates = Map.of();
    private SynthesisView synthesis;
    private NamedRecord seatPerson;
    private ParticipantCategory seatCategory;
    private String synthesisText;
    private String committee;
    private String firm;
    private String contract;
    private LocalDate start;
    private LocalDate end;

    public void load() {
        workshop = workshops.find(id);
        insider = workshops.isInsider(id);
        if (insider) {
            GroupView group = workshops.group(id);
            participants = group.participants();
            groupSizeOutsideRange = group.sizeOutsideRange();
            rates = sessions.attendanceRates(id).stream()
                    .collect(Collectors.toMap(AttendanceRate::personId, Function.identity()));
        }
        synthesis = insider || workshop.synthesisPublished() ? workshops.synthesis(id) : null;
        synthesisText = synthesis == null ? null : synthesis.text();
        committee = workshop.organisingCommittee();
        firm = workshop.externalFirm();
        contract = workshop.contract();
        start = workshop.start();
        end = workshop.end();
    }

    /** The signed-in member's own seat, if they sit in the group. */
    public ParticipantView getMine() {
        Long me = caller.get().personId();
        return participants.stream().filter(p -> me != null && p.personId() == me).findFirst().orElse(null);
    }

    /** When the signed-in member acknowledged the charter, as they read a date; null if not yet. */
    public String getAcknowledgedOn() {
        ParticipantView mine = getMine();
        return mine == null || mine.charterAcknowledgedAt() == null ? null
                : messages.date(mine.charterAcknowledgedAt().atZone(CityClock.ZONE).toLocalDate());
    }

    public void acknowledgeCharter() {
        setup.acknowledgeCharter(id);
        messages.info("prospective.charter.acknowledged");
        load();
    }

    public void seat() {
        try {
            setup.seat(id, workshop.version(), seatPerson == null ? null : seatPerson.id(), seatCategory);
            messages.info("prospective.member.seated");
            seatPerson = null;
            seatCategory = null;
            load();
        } catch (InvalidInput e) {
            messages.refused(e, "seat");
        } catch (StateConflict e) {
            workshop = messages.conflict(e, workshop, () -> workshops.find(id));
        }
    }

    public void describe() {
        try {
            setup.describe(id, workshop.version(), committee, firm, contract, start, end);
            messages.info("prospective.workshop.described");
            load();
        } catch (InvalidInput e) {
            messages.refused(e, "describe");
        } catch (StateConflict e) {
            workshop = messages.conflict(e, workshop, () -> workshops.find(id));
        }
    }

    /** Asks to move the workshop on: what it closes and what it opens shows first, under the button. */
    public void askAdvance() {
        advancing = true;
    }

    public void cancelAdvance() {
        advancing = false;
    }

    public boolean isAdvancing() {
        return advancing;
    }

    /** The step the workshop moves to, for the confirmation to name it (the domain's own order). */
    public WorkshopStatus getNextStatus() {
        return workshop.status() == WorkshopStatus.CLOSED ? null : workshop.status().next();
    }

    public void advance() {
        advancing = false;
        try {
            setup.advance(id, workshop.version());
            messages.info("prospective.workshop.advanced");
            load();
        } catch (StateConflict e) {
            workshop = messages.conflict(e, workshop, () -> workshops.find(id));
        }
    }

    public void saveSynthesis(boolean publish) {
        try {
            setup.writeSynthesis(id, workshop.version(), synthesisText, publish);
            messages.info(publish ? "prospective.synthesis.published" : "prospective.synthesis.saved");
            load();
        } catch (StateConflict e) {
            workshop = messages.conflict(e, workshop, () -> workshops.find(id));
        }
    }

    /** The attendance rate of a member as a whole percentage, or null while no register was taken. */
    public Integer rateOf(long personId) {
        AttendanceRate rate = rates.get(personId);
        return rate == null ? null : Percent.of(rate.rate());
    }

    public boolean isGroupSizeOutsideRange() {
        return groupSizeOutsideRange;
    }

    public List<String> getPrinciples() { return PRINCIPLES; }
    public ParticipantCategory[] getCategories() { return ParticipantCategory.values(); }
    public long getId() { return id; }
    public void setId(long id) { this.id = id; }
    public WorkshopView getWorkshop() { return workshop; }
    public boolean isInsider() { return insider; }
    public List<ParticipantView> getParticipants() { return participants; }
    public SynthesisView getSynthesis() { return synthesis; }
    /** The people the picker suggests for what has been typed (the service says how many and from how many letters). */
    public List<NamedRecord> completePeople(String typed) {
        return referenceData.people(typed);
    }

    public NamedRecord getSeatPerson() { return seatPerson; }
    public void setSeatPerson(NamedRecord seatPerson) { this.seatPerson = seatPerson; }
    public ParticipantCategory getSeatCategory() { return seatCategory; }
    public void setSeatCategory(ParticipantCategory seatCategory) { this.seatCategory = seatCategory; }
    public String getCommittee() { return committee; }
    public void setCommittee(String committee) { this.committee = committee; }
    public String getFirm() { return firm; }
    public void setFirm(String firm) { this.firm = firm; }
    public String getContract() { return contract; }
    public void setContract(String contract) { this.contract = contract; }
    public LocalDate getStart() { return start; }
    public void setStart(LocalDate start) { this.start = start; }
    public LocalDate getEnd() { return end; }
    public void setEnd(LocalDate end) { this.end = end; }
    public String getSynthesisText() { return synthesisText; }
    public void setSynthesisText(String synthesisText) { this.synthesisText = synthesisText; }
}
