package org.fabrique.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.fabrique.core.domain.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AttributionTest {

    private static final Interview INTERVIEW = new Interview(1, IntervieweeCategory.DEPUTY_GENERAL_DIRECTOR, "Claire Durand",
            LocalDate.of(2013, 9, 12), "Romain Pasquier", null);

    @Test
    void thePoleReadsTheCategoryAndTheName() {
        Attribution attribution = Attribution.of(INTERVIEW, Role.POLE);
        assertThat(attribution.category()).isEqualTo(IntervieweeCategory.DEPUTY_GENERAL_DIRECTOR);
        assertThat(attribution.name()).isEqualTo("Claire Durand");
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "POLE", mode = EnumSource.Mode.EXCLUDE)
    void anyoneElseSteeringMembersIncludedReadsTheCategoryOnly(Role reader) {
        Attribution attribution = Attribution.of(INTERVIEW, reader);
        assertThat(attribution.category()).isEqualTo(IntervieweeCategory.DEPUTY_GENERAL_DIRECTOR);
        assertThat(attribution.name()).isNull();
    }

    @Test
    void anUnnamedInterviewIsAttributedByCategoryEvenToThePole() {
        Interview unnamed = new Interview(1, IntervieweeCategory.ELECTED_OFFICIAL, "  ", LocalDate.of(2013, 9, 12),
                "Romain Pasquier", null);
        assertThat(Attribution.of(unnamed, Role.POLE)).isEqualTo(new Attribution(IntervieweeCategory.ELECTED_OFFICIAL, null));
    }
}
