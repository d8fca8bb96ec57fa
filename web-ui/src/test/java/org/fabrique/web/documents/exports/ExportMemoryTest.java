package org.fabrique.web.documents.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.fabrique.core.domain.Page;
import org.fabrique.core.domain.PageRequest;
import org.fabrique.dialogue.application.RecommendationService;
import org.fabrique.dialogue.application.RecommendationView;
import org.fabrique.dialogue.domain.RecommendationFilter;
import org.fabrique.web.documents.HeapWatch;
import org.fabrique.web.documents.SampleDialogue;
import org.fabrique.web.faces.ReferenceNames;
import org.fabrique.web.i18n.Texts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A CSV and an Excel export of 30,000 recommendations stream: the heap grows by less than 64 MB while each is
 * written, and neither export's growth depends on the number of rows.
 *
 * <p>What runs is the real path from the service's pages to the bytes, without the server: the real
 * {@link RecommendationExport} (its headers, its row mapping, its French wording from the bundles, the directorates'
 * names through {@link ReferenceNames}) reads the list through {@link Chunks}, 500 at a time, as the writer consumes
 * the rows, and {@link ExportFormat#write} writes them as the download does. Only the sources are stand-ins: the
 * {@link RecommendationService} is a subclass whose {@code page} makes up each page's 500 views when asked
 * ({@link SampleDialogue}: texts of 150 to 400 characters, each its own, answers, planned actions, dates), so that
 * no list of 30,000 is ever held; the directorates are the sample's twelve. Not covered: the database query behind a
 * page and its transaction, the EJB's security, the JAX-RS response that hands the stream to the container.
 *
 * <p>How it measures ({@link HeapWatch}): the heap in use after full collections just before the export is the
 * baseline; while it runs, the heap in use after a full collection is sampled every 997 rows (a prime, so the
 * samples fall at every point of the 500-row pages and of the Excel writer's 500-row flushes) and every megabyte
 * written; the largest sample less the baseline is the growth. The bytes go to a stream that counts and discards
 * them, so the file itself is not held. A small export of each format first loads the classes and their static
 * caches, as a running server has them.
 *
 * <p>What the figures show (30,000 rows): the CSV export grows by about 1 MB, and by as much for 7,500 rows; the
 * Excel export by about 2 MB, flat too, since its texts are written inline: fastexcel's shared strings table, which
 * the writer used before, kept every distinct text until the workbook was finished (25 MB for 30,000 rows, 50 MB
 * for 60,000). Holding the rows instead (a {@code toList()} before the writer) costs about 30 MB, within the 64 MB:
 * that is why {@link #theHeapDoesNotGrowWithTheRows} compares a quarter of the rows with all of them.
 */
class ExportMemoryTest {

    private static final int RECOMMENDATIONS = 30_000;
    private static final long LIMIT = 64L * 1024 * 1024;
    private static final long ROWS_ALLOWANCE = 8L * 1024 * 1024;
    private static final int SAMPLE_EVERY_ROWS = 997;
    private static final long SAMPLE_EVERY_BYTES = 1024 * 1024;
    private static final LocalDate FIRST_DAY = LocalDate.of(2001, 1, 15);
    private static final int SPAN_DAYS = 9_000;

    /** The service's list, each page's views made up when it is asked for and held by nothing here. */
    private static final class PagedRecommendations extends RecommendationService {

        private final int total;
        private int pagesRead;

        PagedRecommendations(int total) {
            this.total = total;
        }

        @Override
        public Page<RecommendationView> page(RecommendationFilter filter, PageRequest request) {
            pagesRead++;
            List<RecommendationView> items = IntStream
                    .range(request.offset(), Math.min(total, request.offset() + request.size()))
                    .mapToObj(i -> SampleDialogue.recommendation(i, 1, FIRST_DAY.plusDays(i % SPAN_DAYS))).toList();
            return Page.of(items, request, total);
        }
    }

    private static RecommendationExport export(RecommendationService service) {
        RecommendationExport export = new RecommendationExport();
        export.recommendations = service;
        export.names = new SampleDialogue.Names();
        export.texts = new Texts();
        return export;
    }

    @BeforeAll
    static void loadTheClasses() throws IOException {
        assertThat(HeapWatch.measures()).as("System.gc() collects here, so the heap can be measured").isTrue();
        for (ExportFormat format : ExportFormat.values()) {
            format.write(export(new PagedRecommendations(1_000)).of(RecommendationFilter.all(), Texts.FRENCH),
                    OutputStream.nullOutputStream());
        }
    }

    /** What one export wrote and how much the heap grew meanwhile. */
    private record Run(ExportFormat format, int rows, int pagesRead, long bytes, HeapWatch watch) {

        void print() {
            System.out.printf("%s of %d recommendations: %d bytes, %s%n", format, rows, bytes, watch);
        }
    }

    /** Writes the export of {@code count} recommendations in {@code format} to a counting sink, watching the heap. */
    private static Run run(ExportFormat format, int count) throws IOException {
        PagedRecommendations service = new PagedRecommendations(count);
        int[] rows = {0};

        HeapWatch watch = HeapWatch.start();
        Runnable sampler = watch.every(SAMPLE_EVERY_ROWS);
        Table table = export(service).of(RecommendationFilter.all(), Texts.FRENCH);
        Table watched = new Table(table.name(), table.headers(), table.rows().peek(row -> {
            rows[0]++;
            sampler.run();
        }));
        HeapWatch.Sink out = watch.sink(SAMPLE_EVERY_BYTES);
        format.write(watched, out);

        Run run = new Run(format, rows[0], service.pagesRead, out.count(), watch);
        run.print();
        return run;
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void thirtyThousandRecommendationsStreamWithinSixtyFourMegabytes(ExportFormat format) throws IOException {
        Run run = run(format, RECOMMENDATIONS);

        assertThat(run.rows()).isEqualTo(RECOMMENDATIONS);
        assertThat(run.pagesRead()).isEqualTo(RECOMMENDATIONS / Chunks.SIZE);
        assertThat(run.watch().samples()).isGreaterThanOrEqualTo(RECOMMENDATIONS / SAMPLE_EVERY_ROWS);
        assertThat(run.watch().growth()).as("heap growth of the %s export, bytes", format).isLessThan(LIMIT);
    }

    /**
     * Holding the 30,000 rows would cost about 30 MB, within the 64 MB: what shows that an export streams is that
     * four times the rows leave the heap's growth where it was.
     */
    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void theHeapDoesNotGrowWithTheRows(ExportFormat format) throws IOException {
        Run quarter = run(format, RECOMMENDATIONS / 4);
        Run full = run(format, RECOMMENDATIONS);

        assertThat(full.watch().growth() - quarter.watch().growth())
                .as("growth of the %s export from 7,500 to 30,000 rows, bytes", format).isLessThan(ROWS_ALLOWANCE);
    }
}
