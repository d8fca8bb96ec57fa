package org.fabrique.prospective.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.fabrique.prospective.domain.VersionDiff.Change;
import org.fabrique.prospective.domain.VersionDiff.Granularity;
import org.fabrique.prospective.domain.VersionDiff.Segment;
import org.junit.jupiter.api.Test;

class VersionDiffTest {

    @Test
    void wordByWordTheChangedWordsAloneAreMarked() {
        List<Segment> segments = VersionDiff.segments("Un guichet unique en mairie.", "Un guichet unique dans chaque quartier.",
                Granularity.WORD);

        assertThat(segments).containsExactly(
                new Segment(Change.UNCHANGED, "Un guichet unique "),
                new Segment(Change.DELETED, "en mairie"),
                new Segment(Change.INSERTED, "dans chaque quartier"),
                new Segment(Change.UNCHANGED, "."));
    }

    @Test
    void lineByLineWholeLinesAreMarked() {
        List<Segment> segments = VersionDiff.segments("a\nb\nc", "a\nB\nc\nd", Granularity.LINE);

        assertThat(segments).containsExactly(
                new Segment(Change.UNCHANGED, "a\n"),
                new Segment(Change.DELETED, "b\n"),
                new Segment(Change.INSERTED, "B\n"),
                new Segment(Change.UNCHANGED, "c\n"),
                new Segment(Change.INSERTED, "d\n"));
    }

    @Test
    void anEmptyChapterThatGetsATextIsOneInsertionAndIdenticalTextsNoChange() {
        assertThat(VersionDiff.segments("", "Nouveau", Granularity.WORD)).containsExactly(new Segment(Change.INSERTED, "Nouveau"));
        assertThat(VersionDiff.segments("Même texte", "Même texte", Granularity.WORD))
                .containsExactly(new Segment(Change.UNCHANGED, "Même texte"));
        assertThat(VersionDiff.segments("", "", Granularity.LINE)).isEmpty();
    }

    @Test
    void twoVersionsOfADocumentAreComparedChapterByChapter() {
        Workshop workshop = ReferenceDocumentTest.inScenario();
        ReferenceDocument document = ReferenceDocumentTest.submitted(workshop);
        document.writeDraft(workshop, document.getDraft().with(Chapter.POSITIONING, "La Ville est maître d'ouvrage."));
        document.submit(workshop, ReferenceDocumentTest.PRESIDENT, ReferenceDocumentTest.NOW);

        VersionDiff diff = document.compare(1, 2, Granularity.WORD);

        assertThat(diff.from()).isEqualTo(1);
        assertThat(diff.to()).isEqualTo(2);
        assertThat(diff.changed(Chapter.POSITIONING)).isTrue();
        assertThat(diff.changed(Chapter.ISSUES)).isFalse();
        assertThat(diff.chapters().get(Chapter.POSITIONING)).contains(new Segment(Change.DELETED, "animatrice"),
                new Segment(Change.INSERTED, "maître d'ouvrage"));
        assertThat(diff.chapters().keySet()).containsExactlyInAnyOrder(Chapter.values());
        assertThat(Map.copyOf(diff.chapters()).get(Chapter.CONDITIONS_OF_SUCCESS)).isEmpty();
    }
}
