package org.fabrique.prospective.domain;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two versions of a reference document compared chapter by chapter, as a sequence of unchanged,
 * deleted and inserted segments, word by word (each word with the spaces after it) or line by line. Computed with
 * java-diff-utils (Myers' algorithm).
 */
public record VersionDiff(int from, int to, Granularity granularity, Map<Chapter, List<Segment>> chapters) {

    public enum Granularity { WORD, LINE }

    public enum Change { UNCHANGED, DELETED, INSERTED }

    /** A run of text that the two versions share, or that one of them alone holds. */
    public record Segment(Change change, String text) {
    }

    private static final Pattern WORDS = Pattern.compile("\\s+|[\\p{L}\\p{N}_'’-]+\\s*|[^\\s\\p{L}\\p{N}_'’-]\\s*");

    public VersionDiff {
        Objects.requireNonNull(granularity, "granularity is required");
        chapters = Map.copyOf(chapters);
    }

    static VersionDiff between(DocumentVersion from, DocumentVersion to, Granularity granularity) {
        Map<Chapter, List<Segment>> chapters = new EnumMap<>(Chapter.class);
        for (Chapter chapter : Chapter.values()) {
            chapters.put(chapter, segments(from.getChapters().text(chapter), to.getChapters().text(chapter), granularity));
        }
        return new VersionDiff(from.getNumber(), to.getNumber(), granularity, chapters);
    }

    /** The segments that turn {@code before} into {@code after}, adjacent segments of one kind merged. */
    public static List<Segment> segments(String before, String after, Granularity granularity) {
        List<String> a = tokens(before, granularity);
        List<String> b = tokens(after, granularity);
        List<Segment> segments = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
            int start = delta.getSource().getPosition();
            add(segments, Change.UNCHANGED, a.subList(position, start));
            add(segments, Change.DELETED, delta.getSource().getLines());
            add(segments, Change.INSERTED, delta.getTarget().getLines());
            position = start + delta.getSource().size();
        }
        add(segments, Change.UNCHANGED, a.subList(position, a.size()));
        return segments;
    }

    private static List<String> tokens(String text, Granularity granularity) {
        List<String> tokens = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return tokens;
        }
        if (granularity == Granularity.LINE) {
            text.lines().forEach(line -> tokens.add(line + "\n"));
            return tokens;
        }
        Matcher matcher = WORDS.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    private static void add(List<Segment> segments, Change change, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        String text = String.join("", tokens);
        int last = segments.size() - 1;
        if (last >= 0 && segments.get(last).change() == change) {
            segments.set(last, new Segment(change, segments.get(last).text() + text));
        } else {
            segments.add(new Segment(change, text));
        }
    }

    /** Whether the two versions differ in this chapter. */
    public boolean changed(Chapter chapter) {
        return chapters.get(chapter).stream().anyMatch(s -> s.change() != Change.UNCHANGED);
    }
}
