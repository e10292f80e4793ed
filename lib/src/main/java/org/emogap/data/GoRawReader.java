package org.emogap.data;

import org.emogap.io.CsvReader;
import org.emogap.io.DataFileException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.emogap.data.GoEmotions.K;
import static org.emogap.data.GoEmotions.LABELS;

/**
 * Reads GoEmotions per-rater files (long layout, one row per comment and rater, header row) into
 * comments with all their raters: every label cell must be 0 or 1, a rater may rate a comment
 * once across all files, and very-unclear rows are dropped on request but still checked.
 */
final class GoRawReader {
    private GoRawReader() {}

    static GoRaw read(List<Path> files, String source, GoRawOptions options) {
        if (files.isEmpty()) throw new IllegalArgumentException("no per-rater files given");
        List<Object> parts = IntStream.range(0, files.size()).parallel()
                .mapToObj(f -> {
                    try {
                        return (Object) readRawFile(files.get(f), options);
                    } catch (RuntimeException e) {
                        return e;
                    }
                }).toList();
        Map<String, Builder> byId = new LinkedHashMap<>();
        long rows = 0, unclear = 0, dropped = 0, conflicts = 0;
        for (Object o : parts) {
            if (o instanceof RuntimeException e) throw e;
            FilePart part = (FilePart) o;
            rows += part.rows;
            unclear += part.unclear;
            dropped += part.dropped;
            conflicts += part.conflicts;
            for (Builder b : part.byId.values()) {
                Builder into = byId.putIfAbsent(b.id, b);
                if (into == null) continue;
                if (!into.text.equals(b.text)) conflicts += b.seen;
                into.addAll(b);
            }
        }
        List<GoComment> comments = new ArrayList<>(byId.size());
        long droppedComments = 0;
        for (Builder b : byId.values()) {
            if (b.n == 0) droppedComments++;
            else comments.add(b.build());
        }
        return new GoRaw(comments, source, files, rows, unclear, dropped, droppedComments, conflicts);
    }

    private record FilePart(Map<String, Builder> byId, long rows, long unclear, long dropped, long conflicts) {}

    private static final List<String> COLUMNS = Stream.concat(GoEmotions.REQUIRED.stream(), LABELS.stream()).toList();

    private static FilePart readRawFile(Path file, GoRawOptions options) {
        Map<String, Builder> byId = new LinkedHashMap<>();
        long[] counts = new long[4]; // rows, very-unclear rows, dropped rows, rows with another text for their id
        CsvReader.readWith(file, COLUMNS, header -> {
            int cText = header.position("text"), cId = header.position("id"), cRater = header.position("rater_id"),
                    cUnclear = header.position("example_very_unclear");
            int[] cLabel = LABELS.stream().mapToInt(header::position).toArray();
            byte[] labels = new byte[K];
            return r -> {
                long line = r.line();
                counts[0]++;
                String id = r.get(cId);
                if (id.isBlank()) throw r.error("empty comment id");
                String rater = r.get(cRater).strip();
                if (rater.isEmpty()) throw r.error("empty rater_id");
                boolean unclear = parseBool(r.get(cUnclear), file, line);
                for (int k = 0; k < K; k++) {
                    String v = r.get(cLabel[k]);
                    if (v.equals("1")) labels[k] = 1;
                    else if (v.equals("0")) labels[k] = 0;
                    else throw r.error("column '" + LABELS.get(k) + "' is '" + v + "', expected 0 or 1");
                }
                Builder b = byId.get(id);
                if (b == null) byId.put(id, b = new Builder(id, r.get(cText)));
                else if (!b.text.equals(r.get(cText))) counts[3]++;
                // Very-unclear rows that will be dropped still take part in the duplicate check.
                b.checkNew(rater, file, line);
                if (unclear) counts[1]++;
                if (unclear && options.dropVeryUnclear()) {
                    counts[2]++;
                    b.remember(rater, file, line);
                    return;
                }
                b.add(rater, unclear, labels, 0, file, line);
            };
        });
        if (counts[0] == 0) throw new DataFileException(file, 1, "a header but no data rows");
        return new FilePart(byId, counts[0], counts[1], counts[2], counts[3]);
    }

    private static boolean parseBool(String v, Path file, long line) {
        if (v.equals("False")) return false;
        if (v.equals("True")) return true;
        String s = v.strip().toLowerCase(Locale.ROOT);
        if (s.equals("true")) return true;
        if (s.equals("false")) return false;
        throw new DataFileException(file, line, "example_very_unclear is '" + v + "', expected True or False");
    }

    /**
     * Raters of one comment as they are read. Kept as parallel growable arrays rather than a list
     * of objects: 211k rows make per-row objects and maps the bulk of the load time.
     */
    private static final class Builder {
        final String id;
        final String text;
        int n;
        String[] raters = new String[5];
        boolean[] unclear = new boolean[5];
        byte[] ratings = new byte[5 * K];
        // every rater seen, dropped ones included, with where: for duplicate checks and their message
        int seen;
        String[] seenRaters = new String[5];
        Path[] seenFiles = new Path[5];
        long[] seenLines = new long[5];

        Builder(String id, String text) {
            this.id = id;
            this.text = text;
        }

        void checkNew(String rater, Path file, long line) {
            for (int i = 0; i < seen; i++) {
                if (seenRaters[i].equals(rater)) {
                    throw new DataFileException(file, line, "duplicate rating: rater " + rater + " already rated comment " + id
                            + " at " + seenFiles[i].getFileName() + ":" + seenLines[i]);
                }
            }
        }

        void remember(String rater, Path file, long line) {
            if (seen == seenRaters.length) {
                seenRaters = Arrays.copyOf(seenRaters, seen * 2);
                seenFiles = Arrays.copyOf(seenFiles, seen * 2);
                seenLines = Arrays.copyOf(seenLines, seen * 2);
            }
            seenRaters[seen] = rater;
            seenFiles[seen] = file;
            seenLines[seen] = line;
            seen++;
        }

        void add(String rater, boolean isUnclear, byte[] labels, int offset, Path file, long line) {
            remember(rater, file, line);
            if (n == raters.length) {
                raters = Arrays.copyOf(raters, n * 2);
                unclear = Arrays.copyOf(unclear, n * 2);
                ratings = Arrays.copyOf(ratings, n * 2 * K);
            }
            System.arraycopy(labels, offset, ratings, n * K, K);
            raters[n] = rater;
            unclear[n] = isUnclear;
            n++;
        }

        /** Appends the raters another file gave this comment, refusing a rater seen already. */
        void addAll(Builder other) {
            int kept = 0;
            for (int i = 0; i < other.seen; i++) {
                checkNew(other.seenRaters[i], other.seenFiles[i], other.seenLines[i]);
                // other's kept raters are its seen raters in order, minus the dropped ones
                if (kept < other.n && other.raters[kept].equals(other.seenRaters[i])) {
                    add(other.raters[kept], other.unclear[kept], other.ratings, kept * K, other.seenFiles[i], other.seenLines[i]);
                    kept++;
                } else {
                    remember(other.seenRaters[i], other.seenFiles[i], other.seenLines[i]);
                }
            }
        }

        GoComment build() {
            return new GoComment(id, text, Arrays.copyOf(raters, n), Arrays.copyOf(unclear, n), Arrays.copyOf(ratings, n * K));
        }
    }
}
