package org.fabrique.web.documents.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TableOfContentsTest {

    @Test
    void aSectionStartsOnThePageItWasFirstSeenOn() {
        TableOfContents contents = new TableOfContents();
        int figures = contents.add("Figures");
        int projects = contents.add("Projects");
        contents.placed(figures, 2);
        contents.placed(projects, 3);
        contents.placed(projects, 4);

        assertThat(contents.entries()).containsExactly(new TableOfContents.Entry("Figures", 2),
                new TableOfContents.Entry("Projects", 3));
    }

    @Test
    void aSectionNotPlacedYetHasNoPage() {
        TableOfContents contents = new TableOfContents();
        contents.add("Figures");
        assertThat(contents.entries()).containsExactly(new TableOfContents.Entry("Figures", 0));
    }
}
