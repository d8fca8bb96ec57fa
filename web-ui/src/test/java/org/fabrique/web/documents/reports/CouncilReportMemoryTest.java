package org.fabrique.web.documents.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.fabrique.core.application.CityClock;
import org.fabrique.core.application.NamedRecord;
import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;
import org.fabrique.core.domain.TerritorialScale;
import org.fabrique.dialogue.application.CommitmentService;
import org.fabrique.dialogue.application.CommitmentView;
import org.fabrique.dialogue.application.PipelineService;
import org.fabrique.dialogue.application.PipelineView;
import org.fabrique.dialogue.application.ProgrammeService;
import org.fabrique.dialogue.application.ProgrammeView;
import org.fabrique.dialogue.application.ProjectView;
import org.fabrique.dialogue.application.RecommendationService;
import org.fabrique.dialogue.application.RecommendationView;
import org.fabrique.dialogue.domain.ParticipationLevel;
import org.fabrique.dialogue.domain.ProgrammeStatus;
import org.fabrique.dialogue.domain.RecommendationFilter;
import org.fabrique.dialogue.domain.RecommendationStatus;
import org.fabrique.web.documents.HeapWatch;
import org.fabrique.web.documents.PdfFile;
import org.fabrique.web.documents.SampleDialogue;
import org.fabrique.web.i18n.Texts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The council report of a scale-100 programme (200 candidates, 160 dialogue projects, 1,200 recommendations with
 * their answers) renders with the heap growing by less than 64 MB; so do a programme a quarter of its size and one
 * four times its size, whose figures are printed too, to show how the growth follows the programme's size (in
 * proportion: the report holds its data and its bytes, see below).
 *
 * <p>What runs is the real {@link CouncilReport#of}: its figures, chart, tables, projects and recommendations, the
 * layout in two passes (contents and page numbers), OpenPDF writing the bytes. Its services are stand-ins without a
 * container, small subclasses returning views made up by {@link SampleDialogue} (each project's 7 or 8
 * recommendations as the demo's generated volume has them, the commitment figures counted from them); the
 * directorates are the sample's twelve, the clock fixed. Not covered: the queries, the EJB's transaction and
 * security, the JAX-RS response.
 *
 * <p>How it measures ({@link HeapWatch}): the heap in use after full collections just before the report is the
 * baseline; the heap in use after a full collection is sampled at each page of recommendations the report reads,
 * every few pages OpenPDF finishes (one in ten at scale 100; the footer's text is asked for then), and once the
 * report is returned, with its bytes still held: the report is built in memory ({@link AllPages} reads every project
 * and recommendation before the layout, which lays the document out twice into byte arrays), so those bytes are
 * what the download holds, and count. A small report first loads the classes, fonts and bundles, as a running
 * server has them.
 */
class CouncilReportMemoryTest {

    private static final long LIMIT = 64L * 1024 * 1024;
    private static final int SCALE_100_CANDIDATES = 200;
    private static final long PROGRAMME_ID = 7;
    private static final int YEAR = 2024;
    private static final LocalDate FIRST_RECORDED = LocalDate.of(YEAR, 3, 1);

    /** A programme of so many candidates, as the generated volume makes them: four in five retained. */
    private record Programme(int candidates) {

        int projects() {
            return candidates * 4 / 5;
        }

        int recommendations() {
            return SampleDialogue.recommendationsOf(projects());
        }

        RecommendationView recommendation(int i) {
            return SampleDialogue.recommendation(i, 1, FIRST_RECORDED.plusDays(i * 7L % 240));
        }

        ProjectView project(int p) {
            return new ProjectView(1 + p, PROGRAMME_ID, YEAR, 1_000 + p, SampleDialogue.projectTitle(p),
                    SampleDialogue.projectSummary(p), SampleDialogue.directorateOf(p), null, TerritorialScale.NEIGHBOURHOOD,
                    null, ParticipationLevel.CONCERTATION, null, 1);
        }
    }

    private static final class Programmes extends ProgrammeService {

        private final Programme programme;

        Programmes(Programme programme) {
            this.programme = programme;
        }

        @Override
        public ProgrammeView find(long id) {
            return new ProgrammeView(id, YEAR, LocalDate.of(YEAR - 1, 9, 15), LocalDate.of(YEAR - 1, 11, 29), 30, 40,
                    SampleDialogue.ANSWER_DELAY_DAYS, ProgrammeStatus.VALIDATED, programme.projects(),
                    programme.projects() <= 40, 3, FIRST_RECORDED.atStartOfDay(ZoneOffset.UTC).toInstant(), "elu",
                    null, Set.of());
        }

        @Override
        public Page<ProjectView> projects(long programmeId, PageRequest request) {
            int total = programme.projects();
            return Page.of(IntStream.range(request.offset(), Math.min(total, request.offset() + request.size()))
                    .mapToObj(programme::project).toList(), request, total);
        }
    }

    /** The commitment dashboard's figures, counted from the sample's recommendations as the database would. */
    private static final class Commitment extends CommitmentService {

        private final Programme programme;

        Commitment(Programme programme) {
            this.programme = programme;
        }

        @Override
        public CommitmentView of(long programmeId) {
            Map<Long, long[]> tallies = new LinkedHashMap<>();
            for (int i = 0; i < programme.recommendations(); i++) {
                RecommendationView r = programme.recommendation(i);
                long[] t = tallies.computeIfAbsent(r.directorateId(), id -> new long[5]);
                t[0]++;
                if (r.status() == RecommendationStatus.AWAITING_ANSWER) {
                    t[1]++;
                    t[2] += r.overdue() ? 1 : 0;
                } else {
                    t[r.answer().answeredOn().isAfter(r.dueDate()) ? 4 : 3]++;
                }
            }
            List<CommitmentView.Directorate> directorates = new ArrayList<>();
            long[] all = new long[5];
            for (NamedRecord d : SampleDialogue.DIRECTORATES) {
                long[] t = tallies.get(d.id());
                if (t != null) {
                    directorates.add(new CommitmentView.Directorate(d.id(), d.name(), t[0], t[1], t[2], t[3], t[4],
                            rate(t)));
                    IntStream.range(0, 5).forEach(k -> all[k] += t[k]);
                }
            }
            return new CommitmentView(programmeId, YEAR, ProgrammeStatus.VALIDATED, all[0], all[1], all[2], all[3],
                    all[4], rate(all), directorates);
        }

        private static Double rate(long[] t) {
            long due = t[2] + t[3] + t[4];
            return due == 0 ? null : (double) t[3] / due;
        }
    }

    private static final class Pipelines extends PipelineService {

        private final Programme programme;

        Pipelines(Programme programme) {
            this.programme = programme;
        }

        @Override
        public PipelineView of(long programmeId) {
            return new PipelineView(programmeId, YEAR, programme.candidates(), Map.of(), List.of(), List.of(),
                    List.of());
        }
    }

    /** The programme's recommendations, each page made up when asked for; a sample of the heap at each. */
    private static final class Recommendations extends RecommendationService {

        private final Programme programme;
        private final Runnable onPage;

        Recommendations(Programme programme, Runnable onPage) {
            this.programme = programme;
            this.onPage = onPage;
        }

        @Override
        public Page<RecommendationView> page(RecommendationFilter filter, PageRequest request) {
            onPage.run();
            int total = programme.recommendations();
            return Page.of(IntStream.range(request.offset(), Math.min(total, request.offset() + request.size()))
                    .mapToObj(programme::recommendation).toList(), request, total);
        }
    }

    /** The bundles' texts, running {@code onPage} each time a finished page asks for its footer. */
    private static final class PageCountingTexts extends Texts {

        private final Runnable onPage;

        PageCountingTexts(Runnable onPage) {
            this.onPage = onPage;
        }

        @Override
        public String page(String key, Locale locale, Object... arguments) {
            if (key.equals("report.page")) {
                onPage.run();
            }
            return super.page(key, locale, arguments);
        }
    }

    private static CouncilReport report(Programme programme, Runnable onRecommendationPage, Runnable onPdfPage) {
        CouncilReport report = new CouncilReport();
        report.programmes = new Programmes(programme);
        report.commitment = new Commitment(programme);
        report.pipelines = new Pipelines(programme);
        report.recommendations = new Recommendations(programme, onRecommendationPage);
        report.names = new SampleDialogue.Names();
        report.clock = new CityClock(Clock.fixed(SampleDialogue.TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC),
                CityClock.ZONE));
        report.texts = new PageCountingTexts(onPdfPage);
        return report;
    }

    @BeforeAll
    static void loadTheClasses() {
        assertThat(HeapWatch.measures()).as("System.gc() collects here, so the heap can be measured").isTrue();
        report(new Programme(10), () -> { }, () -> { }).of(PROGRAMME_ID, Texts.FRENCH);
    }

    @ParameterizedTest
    @ValueSource(ints = {SCALE_100_CANDIDATES / 4, SCALE_100_CANDIDATES, SCALE_100_CANDIDATES * 4})
    void theCouncilReportRendersInBoundedMemory(int candidates) {
        Programme programme = new Programme(candidates);
        int[] pages = {0};

        HeapWatch watch = HeapWatch.start();
        Runnable everyFewPages = watch.every(Math.max(5, candidates / 20));
        CouncilReport report = report(programme, watch::sample, () -> {
            pages[0]++;
            everyFewPages.run();
        });
        PdfFile pdf = report.of(PROGRAMME_ID, Texts.FRENCH);
        watch.sample();

        System.out.printf("Council report of %d candidates, %d projects, %d recommendations: %d bytes, %d pages laid"
                + " out (two passes), %s%n", candidates, programme.projects(), programme.recommendations(),
                pdf.content().length, pages[0], watch);
        assertThat(new String(pdf.content(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(pages[0]).isGreaterThan(2 * ReportLayout.LONG);
        assertThat(watch.growth()).as("heap growth of the report of %d candidates, bytes", candidates)
                .isLessThan(LIMIT);
    }
}
