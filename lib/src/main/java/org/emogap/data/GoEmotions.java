package org.emogap.data;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.emogap.Project;
import org.emogap.io.CsvReader;
import org.emogap.io.DataFileException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * GoEmotions (Demszky et al. 2020): the 28 labels, the per-rater files and the official splits.
 * The per-rater files are the canonical {@code goemotions_{1,2,3}.csv} (fetched through
 * {@link Fetch}), or the files listed in {@code EMOGAP_GOEMOTIONS_RAW} (comma-separated paths)
 * when that is set — any files in the same long layout, one row per (comment, rater).
 *
 * <p>Longer than the project's ~300-line guide: the per-rater reader, its duplicate and
 * consistency checks and the split reader share the label list and the error rules, and are
 * kept together so a reader sees the whole file format in one place.
 */
public final class GoEmotions {
    /** Number of labels: 27 emotions + neutral. */
    public static final int K = 28;

    /** The label names in {@code emotions.txt} order (checked against the file in a test). */
    private static final List<String> LABELS = List.of(
            "admiration", "amusement", "anger", "annoyance", "approval", "caring", "confusion", "curiosity",
            "desire", "disappointment", "disapproval", "disgust", "embarrassment", "excitement", "fear",
            "gratitude", "grief", "joy", "love", "nervousness", "optimism", "pride", "realization", "relief",
            "remorse", "sadness", "surprise", "neutral");

    /** Columns a per-rater file must have besides the 28 labels; the rest (author, subreddit, …) are optional. */
    static final List<String> REQUIRED = List.of("text", "id", "rater_id", "example_very_unclear");

    /** Environment variable (or system property {@code emogap.goemotions.raw}) naming other per-rater files. */
    public static final String RAW_ENV = "EMOGAP_GOEMOTIONS_RAW";

    static final List<String> CANONICAL = List.of("goemotions_1", "goemotions_2", "goemotions_3");

    private GoEmotions() {}

    public static List<String> labels() { return LABELS; }

    /** Index of a label name, or -1. */
    public static int labelIndex(String name) { return LABELS.indexOf(name); }

    /**
     * Whether per-rater data can be read without a download: the files of
     * {@code EMOGAP_GOEMOTIONS_RAW} all exist, or the canonical three are in {@code data/raw/} or
     * the mirror.
     */
    public static boolean rawAvailable() {
        List<Path> custom = customRawFiles();
        if (custom != null) return custom.stream().allMatch(Files::isRegularFile);
        Fetch fetch = Fetch.standard();
        return CANONICAL.stream().allMatch(n -> fetch.local(n).isPresent());
    }

    /**
     * One paragraph for a notebook: which per-rater data {@link #loadRaw} will read, or what is
     * missing and where to get it and put it. Never downloads.
     */
    public static String rawStatus() {
        List<Path> custom = customRawFiles();
        if (custom != null) {
            List<Path> missing = custom.stream().filter(p -> !Files.isRegularFile(p)).toList();
            if (missing.isEmpty()) {
                return "GoEmotions per-rater data: " + label(custom) + " (the files named by " + RAW_ENV + "), not the canonical three files.";
            }
            return "GoEmotions per-rater data is missing: " + RAW_ENV + " names " + missing + ", which do(es) not exist.";
        }
        Fetch fetch = Fetch.standard();
        List<String> missing = CANONICAL.stream().filter(n -> fetch.local(n).isEmpty()).toList();
        if (missing.isEmpty()) return "GoEmotions per-rater data: canonical (goemotions_1.csv, goemotions_2.csv, goemotions_3.csv).";
        StringBuilder b = new StringBuilder("No GoEmotions per-rater data here: ");
        for (String n : missing) {
            Source s = fetch.sources().get(n);
            b.append(s.file()).append(" is missing (get it from ").append(s.url()).append(" and put it at ").append(fetch.target(n)).append("); ");
        }
        return b.append("all three are needed. Or set ").append(RAW_ENV)
                .append("=path1,path2 to per-rater files in the same long layout (e.g. the 1,565-comment subset).").toString();
    }

    /** What {@link #loadRaw} would read, for display: "canonical" or the custom label. */
    public static String rawSource() {
        List<Path> custom = customRawFiles();
        return custom == null ? "canonical" : label(custom);
    }

    /**
     * Loads the per-rater data from {@code EMOGAP_GOEMOTIONS_RAW} or the canonical files.
     *
     * @throws IllegalStateException when no per-rater data can be found or fetched, saying what is
     *                               missing and where to get it and put it
     */
    public static GoRaw loadRaw(GoRawOptions options) {
        List<Path> custom = customRawFiles();
        if (custom != null) {
            for (Path p : custom) {
                if (!Files.isRegularFile(p)) {
                    throw new IllegalStateException(RAW_ENV + " names " + p + ", which does not exist; it must list per-rater"
                            + " GoEmotions CSV files (one row per comment and rater), separated by commas");
                }
            }
            return loadRaw(custom, label(custom), options);
        }
        List<Path> files = new ArrayList<>();
        try {
            for (String name : CANONICAL) files.add(Fetch.fetch(name));
        } catch (IllegalStateException e) {
            throw new IllegalStateException("no GoEmotions per-rater data: " + e.getMessage()
                    + " All three files goemotions_1.csv, goemotions_2.csv and goemotions_3.csv are needed (a comment's"
                    + " raters are spread over them). To use other per-rater files in the same layout instead, set "
                    + RAW_ENV + "=path1,path2.", e);
        }
        return loadRaw(files, "canonical", options);
    }

    /**
     * Loads the given per-rater files (long layout, header row) as one data set. Files are parsed
     * in parallel (the canonical data is three files) and merged in the order given, so the result
     * does not depend on thread timing; if several files are bad, the first one's error is thrown.
     */
    public static GoRaw loadRaw(List<Path> files, String source, GoRawOptions options) {
        if (files.isEmpty()) throw new IllegalArgumentException("no per-rater files given");
        List<Object> parts = java.util.stream.IntStream.range(0, files.size()).parallel()
                .mapToObj(f -> {
                    try {
                        return (Object) readRawFile(files.get(f), options);
                    } catch (RuntimeException e) {
                        return e;
                    }
                }).toList();
        Map<String, Builder> byId = new LinkedHashMap<>();
        long rows = 0, unclear = 0, dropped = 0;
        for (Object o : parts) {
            if (o instanceof RuntimeException e) throw e;
            FilePart part = (FilePart) o;
            rows += part.rows;
            unclear += part.unclear;
            dropped += part.dropped;
            for (Builder b : part.byId.values()) {
                Builder into = byId.putIfAbsent(b.id, b);
                if (into != null) into.addAll(b);
            }
        }
        List<GoComment> comments = new ArrayList<>(byId.size());
        long droppedComments = 0;
        for (Builder b : byId.values()) {
            if (b.n == 0) droppedComments++;
            else comments.add(b.build());
        }
        return new GoRaw(comments, source, files, rows, unclear, dropped, droppedComments);
    }

    private record FilePart(Map<String, Builder> byId, long rows, long unclear, long dropped) {}

    private static final List<String> COLUMNS = java.util.stream.Stream.concat(REQUIRED.stream(), LABELS.stream()).toList();

    private static FilePart readRawFile(Path file, GoRawOptions options) {
        Map<String, Builder> byId = new LinkedHashMap<>();
        long[] counts = new long[3]; // rows, very-unclear rows, dropped rows
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
        return new FilePart(byId, counts[0], counts[1], counts[2]);
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

    /** The files named by {@code EMOGAP_GOEMOTIONS_RAW}, or null when it is not set. */
    static List<Path> customRawFiles() {
        String v = Project.setting(RAW_ENV, null);
        if (v == null) return null;
        List<Path> out = new ArrayList<>();
        for (String s : v.split(",")) {
            if (s.isBlank()) continue;
            Path p = Path.of(s.strip());
            // Relative paths: first the working directory, then the project root (notebooks run in notebooks/).
            if (!p.isAbsolute() && !Files.exists(p)) {
                try {
                    Path q = Project.root().resolve(p);
                    if (Files.exists(q)) p = q;
                } catch (IllegalStateException noRoot) {
                    // no project root: keep the path as given so the error names it
                }
            }
            out.add(p);
        }
        if (out.isEmpty()) throw new IllegalStateException(RAW_ENV + " is set but lists no file");
        return out;
    }

    static String label(List<Path> files) {
        return files.stream().map(p -> p.getFileName().toString()).collect(Collectors.joining("+"));
    }

    /** The Ekman grouping of {@code ekman_mapping.json}: Ekman emotion → GoEmotions emotions (neutral is in none). */
    public static Map<String, List<String>> ekmanMapping() { return grouping(Fetch.fetch("goemotions_ekman_mapping")); }

    /** The sentiment grouping of {@code sentiment_dict.json}: positive/negative/ambiguous → emotions. */
    public static Map<String, List<String>> sentimentGroups() { return grouping(Fetch.fetch("goemotions_sentiment_dict")); }

    /**
     * Reads a JSON object of string arrays whose every entry must be a known label; the order of
     * the file is kept. The upstream files' digests are not proven (data/README.md), so their
     * content is checked here instead.
     */
    public static Map<String, List<String>> grouping(Path file) {
        try {
            Map<String, List<String>> m = new com.fasterxml.jackson.databind.ObjectMapper()
                    .readValue(file.toFile(), new com.fasterxml.jackson.core.type.TypeReference<LinkedHashMap<String, List<String>>>() {});
            for (var e : m.entrySet()) {
                for (String label : e.getValue()) {
                    if (!LABELS.contains(label)) throw new DataFileException(file, 1, "group '" + e.getKey() + "' names unknown label '" + label + "'");
                }
                e.setValue(List.copyOf(e.getValue()));
            }
            return java.util.Collections.unmodifiableMap(m);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * An official split ("train", "dev" or "test") of the aggregated data: tab-separated text,
     * comma-separated label indices, comment id; no header. Texts may hold quote characters, which
     * are literal here (the files are not CSV-quoted), so lines are split on tabs only.
     */
    public static List<SplitExample> loadSplit(String split) {
        if (!List.of("train", "dev", "test").contains(split)) {
            throw new IllegalArgumentException("split is '" + split + "', expected train, dev or test");
        }
        return loadSplit(Fetch.fetch("goemotions_" + split));
    }

    public static List<SplitExample> loadSplit(Path file) {
        List<SplitExample> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String s;
            long line = 0;
            while ((s = in.readLine()) != null) {
                line++;
                if (s.isEmpty()) continue;
                String[] f = s.split("\t", -1);
                if (f.length != 3) throw new DataFileException(file, line, "expected 3 tab-separated fields (text, labels, id), found " + f.length);
                String[] parts = f[1].split(",");
                int[] labels = new int[parts.length];
                for (int i = 0; i < parts.length; i++) {
                    try {
                        labels[i] = Integer.parseInt(parts[i].strip());
                    } catch (NumberFormatException e) {
                        throw new DataFileException(file, line, "label '" + parts[i] + "' is not a number");
                    }
                    if (labels[i] < 0 || labels[i] >= K) {
                        throw new DataFileException(file, line, "label index " + labels[i] + " out of range 0.." + (K - 1));
                    }
                }
                if (f[2].isBlank()) throw new DataFileException(file, line, "empty comment id");
                out.add(new SplitExample(f[2], f[0], labels));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return out;
    }
}
