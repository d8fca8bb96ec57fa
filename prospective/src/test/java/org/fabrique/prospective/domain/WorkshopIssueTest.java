package org.fabrique.prospective.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkshopIssueTest {

    private final Workshop workshop = WorkshopTest.workshop();

    @Test
    void anIssueHasATitleMarkersAndPerhapsATension() {
        WorkshopIssue issue = new WorkshopIssue(workshop, "  Vieillir chez soi  ", " ",
                List.of(Marker.PROXIMITY, Marker.SOLIDARITY), "Maintien à domicile et coût des services");

        assertThat(issue.getTitle()).isEqualTo("Vieillir chez soi");
        assertThat(issue.getDescription()).isNull();
        assertThat(issue.getMarkers()).containsExactly(Marker.SOLIDARITY, Marker.PROXIMITY);
        assertThat(issue.getTension()).isEqualTo("Maintien à domicile et coût des services");
        assertThat(issue.getRank()).isNull();
        assertThatThrownBy(() -> new WorkshopIssue(workshop, " ", null, null, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRankStartsAtOneAndCanBeTakenBack() {
        WorkshopIssue issue = new WorkshopIssue(workshop, "Rompre l'isolement", null, null, null);
        issue.rank(1);
        assertThat(issue.getRank()).isEqualTo(1);
        issue.rank(null);
        assertThat(issue.getRank()).isNull();
        assertThatThrownBy(() -> issue.rank(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aResourceInformsTheIssuesOfItsOwnWorkshopOnly() {
        WorkshopInput benchmark = new WorkshopInput(workshop, ResourceType.BENCHMARK, "Résidences intergénérationnelles",
                "Ville de Rennes", null, "Des étudiants logés chez des aînés", "Un accompagnement associatif",
                LocalDate.of(2009, 3, 10));
        WorkshopIssue elsewhere = new WorkshopIssue(WorkshopTest.workshop(), "Ailleurs", null, null, null);

        assertThat(benchmark.getType().sequence()).isEqualTo(Sequence.RESOURCE);
        assertThat(ResourceType.DIAGNOSTIC.sequence()).isEqualTo(Sequence.EXPLORATORY);
        assertThatThrownBy(() -> benchmark.inform(List.of(elsewhere))).isInstanceOf(IllegalArgumentException.class);
        assertThat(benchmark.getIssueIds()).isEmpty();
    }
}
