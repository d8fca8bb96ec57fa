package org.fabrique.prospective.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.fabrique.core.domain.StateConflict;
import org.junit.jupiter.api.Test;

class AttendanceRateTest {

    private final Workshop workshop = WorkshopTest.workshop();

    private WorkshopSession session(Sequence sequence, int day) {
        return new WorkshopSession(workshop, sequence, LocalDate.of(2008, 10, day), SessionLength.HALF_DAY, "Ordre du jour");
    }

    @Test
    void theRateIsTheShareOfRegistersWhereTheMemberWasPresent() {
        workshop.addMember(2, ParticipantCategory.DIRECTORATE_RESOURCE);
        WorkshopSession first = session(Sequence.EXPLORATORY, 1);
        WorkshopSession second = session(Sequence.RESOURCE, 8);
        WorkshopSession third = session(Sequence.SCENARIO, 15);
        WorkshopSession notYetHeld = session(Sequence.SCENARIO, 22);
        first.recordAttendance(2, Presence.PRESENT);
        second.recordAttendance(2, Presence.EXCUSED);
        third.recordAttendance(WorkshopTest.PRESIDENT, Presence.PRESENT);

        AttendanceRate rate = AttendanceRate.of(2, List.of(first, second, third, notYetHeld));

        assertThat(rate.present()).isEqualTo(1);
        assertThat(rate.excused()).isEqualTo(1);
        assertThat(rate.absent()).as("not in a register that was taken: absent").isEqualTo(1);
        assertThat(rate.rate()).isEqualTo(1.0 / 3);
    }

    @Test
    void noRegisterTakenMeansNoRateYet() {
        assertThat(AttendanceRate.of(WorkshopTest.PRESIDENT, List.of(session(Sequence.EXPLORATORY, 1))).rate()).isNull();
    }

    @Test
    void onlyMembersAreInTheRegister() {
        WorkshopSession session = session(Sequence.EXPLORATORY, 1);
        assertThatThrownBy(() -> session.recordAttendance(77, Presence.PRESENT)).isInstanceOf(StateConflict.class);
        session.recordAttendance(WorkshopTest.PRESIDENT, Presence.ABSENT);
        session.recordAttendance(WorkshopTest.PRESIDENT, Presence.PRESENT);
        assertThat(session.getAttendance()).containsEntry(WorkshopTest.PRESIDENT, Presence.PRESENT).hasSize(1);
    }
}
