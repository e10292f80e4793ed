package org.emogap.data;

import org.emogap.Project;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * GoEmotions (Demszky et al. 2020), the facade: the 28 labels, where the per-rater files come
 * from, and the official splits. The per-rater reader is {@link GoRawReader}; the split and
 * grouping files are read by {@link GoSplits}.
 * The per-rater files are the canonical {@code goemotions_{1,2,3}.csv} (fetched through
 * {@link Fetch}), or the files listed in {@code EMOGAP_GOEMOTIONS_RAW} (comma-separated paths)
 * when that is set — any files in the same long layout, one row per (comment, rater).
 */
public final class GoEmotions {
    /** Number of labels: 27 emotions + neutral. */
    public static final int K = 28;

    /** The label names in {@code emotions.txt} order (checked against the file in a test). */
    static final List<String> LABELS = List.of(
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
        return GoRawReader.read(files, source, options);
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
     * the file is kept.
     */
    public static Map<String, List<String>> grouping(Path file) { return GoSplits.grouping(file); }

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

    /** An official split file read as {@link #loadSplit(String)} reads it. */
    public static List<SplitExample> loadSplit(Path file) { return GoSplits.loadSplit(file); }
}
