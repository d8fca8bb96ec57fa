package org.fabrique.web.faces;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.fabrique.dialogue.domain.Recommendation;
import org.junit.jupiter.api.Test;

/**
 * The pages' {@code maxlength} come from the domain: every limit a page names exists, and no page writes a
 * length of its own, but for the few fields whose length is a format (a year's four digits, a rank's two,
 * themes typed as one list).
 */
class LimitsTest {

    private static final Path PAGES = Path.of("src/main/webapp");
    private static final Pattern NAMED = Pattern.compile("maxlength=\"#\\{limits\\['([^']+)'\\]\\}\"");
    private static final Pattern WRITTEN = Pattern.compile("<[a-zA-Z:]+[^>]*?\\bid=\"([^\"]+)\"[^>]*?maxlength=\"(\\d+)\"");
    private static final List<String> FORMATS = List.of("evaluations.xhtml#programmeYear", "workshop-issues.xhtml#rank",
            "evaluation-interview-forms.xhtml#themes");

    @Test
    void theLimitsAreTheEntitiesConstants() {
        Map<String, Integer> limits = Limits.all();

        assertThat(limits).containsEntry("Recommendation.TEXT_MAX_LENGTH", Recommendation.TEXT_MAX_LENGTH)
                .containsEntry("CandidateDraft.TITLE_MAX_LENGTH", 200);
    }

    @Test
    void everyLimitAPageNamesExistsAndNoPageWritesItsOwn() throws IOException {
        Map<String, Integer> limits = Limits.all();
        List<String> named = new ArrayList<>();
        List<String> written = new ArrayList<>();
        try (Stream<Path> files = Files.walk(PAGES)) {
            for (Path page : files.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                String text = Files.readString(page);
                Matcher name = NAMED.matcher(text);
                while (name.find()) {
                    named.add(name.group(1));
                }
                Matcher literal = WRITTEN.matcher(text);
                while (literal.find()) {
                    written.add(page.getFileName() + "#" + literal.group(1));
                }
            }
        }

        assertThat(named).as("limits the pages name").hasSizeGreaterThan(70);
        assertThat(limits.keySet()).as("the domain's limits").containsAll(named);
        assertThat(written).as("lengths written in the pages").containsExactlyInAnyOrderElementsOf(FORMATS);
    }
}
