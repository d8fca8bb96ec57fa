package org.fabrique.prospective.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.fabrique.prospective.domain.Marker;
import org.junit.jupiter.api.Test;

/** The demo's issues carry markers read from their words, and every workshop closes its exploratory sequence. */
class ProspectiveDemoIssuesTest {

    @Test
    void markersAreReadFromTheIssuesWords() {
        assertThat(ProspectiveDemoIssues.markersOf("Lutter contre l'isolement des personnes âgées"))
                .containsExactly(Marker.SOLIDARITY);
        assertThat(ProspectiveDemoIssues.markersOf("Faciliter l'accès et la participation des personnes âgées à la vie sociale"))
                .containsExactly(Marker.SOLIDARITY, Marker.SOCIAL_TIES, Marker.CITIZEN_PARTICIPATION);
        assertThat(ProspectiveDemoIssues.markersOf("Un titre sans marqueur")).isEmpty();
    }

    @Test
    void everyDemoWorkshopRanksFiveToTenIssuesAndItsTensionAndResourcesPointAtOne() {
        for (ProspectiveDemoWorkshops.WorkshopSpec spec : ProspectiveDemoWorkshops.ALL) {
            assertThat(spec.issues()).as(spec.title()).hasSizeBetween(5, 10);
            var tension = ProspectiveDemoIssues.TENSIONS.get(spec.policy());
            if (tension != null) {
                assertThat(tension.getKey()).as(spec.title()).isBetween(0, spec.issues().size() - 1);
            }
            ProspectiveDemoIssues.RESOURCES.getOrDefault(spec.policy(), java.util.List.of())
                    .forEach(r -> assertThat(r.informsIssue()).as(r.title()).isBetween(0, spec.issues().size() - 1));
        }
        assertThat(ProspectiveDemoWorkshops.ALL.stream().map(ProspectiveDemoWorkshops.WorkshopSpec::policy))
                .containsAll(ProspectiveDemoIssues.TENSIONS.keySet()).containsAll(ProspectiveDemoIssues.RESOURCES.keySet());
    }
}
