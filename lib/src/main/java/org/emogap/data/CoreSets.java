package org.emogap.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * Stratified, seeded draws of the items an analysis runs on (docs/method.md §1). Candidates are
 * sorted by id before drawing, so the draw depends only on the items and the seed, not on file
 * order. {@link Random} is used because its sequence is fixed by the Java specification: the same
 * seed gives the same core set on every JVM.
 */
public final class CoreSets {
    public static final int MIN_RATERS = 3;
    public static final int EMOBANK_SIZE = 2000;
    private static final List<String> BANDS = List.of("negative", "neutral", "positive");

    private CoreSets() {}

    /**
     * The draw of a run, the one small-mode rule: with {@code sample} ≤ 0 the paper's sizes; with
     * {@code sample} > 0 (small mode) sample/4 full-agreement, sample/2 partial and sample/4
     * full-disagreement items.
     */
    public static CoreSet drawGo(List<GoComment> comments, long seed, int sample) {
        return sample > 0 ? goEmotions(comments, seed, sample / 4, sample / 2, sample / 4) : goEmotions(comments, seed);
    }

    /** The draw of a run: 2,000 texts, or in small mode ({@code sample} > 0) at most {@code sample}. */
    public static CoreSet drawEmoBank(List<EmoText> texts, long seed, int sample) {
        return emoBank(texts, seed, sample > 0 ? Math.min(sample, EMOBANK_SIZE) : EMOBANK_SIZE);
    }

    /**
     * The one resolver every notebook calls after the first: the core set written by notebook 01
     * ({@link CoreSet#defaultPath}), so every step uses exactly the same items; when that file is
     * missing, or names an item that is not among the loaded ones (it came from other data), the
     * run's own draw ({@link #drawGo}) with the same seed and small-mode rule, which is what
     * notebook 01 writes.
     */
    public static CoreSet resolveGo(List<GoComment> comments, long seed, int sample) {
        return resolve("goemotions", comments.stream().map(GoComment::id).toList(), () -> drawGo(comments, seed, sample));
    }

    /** As {@link #resolveGo} for EmoBank. */
    public static CoreSet resolveEmoBank(List<EmoText> texts, long seed, int sample) {
        return resolve("emobank", texts.stream().map(EmoText::id).toList(), () -> drawEmoBank(texts, seed, sample));
    }

    private static CoreSet resolve(String dataset, List<String> loaded, java.util.function.Supplier<CoreSet> draw) {
        java.nio.file.Path file = CoreSet.defaultPath(dataset);
        if (java.nio.file.Files.isRegularFile(file)) {
            CoreSet stored = CoreSet.read(file);
            if (new java.util.HashSet<>(loaded).containsAll(stored.ids())) return stored;
        }
        return draw.get();
    }

    /** A short name of a core set for tables: the id file it was read from, or its seed. */
    public static String name(CoreSet cs) {
        return cs.seed() == null ? CoreSet.defaultPath(cs.dataset()).getFileName().toString() : "core-seed" + cs.seed();
    }

    /** The paper's GoEmotions core set: 500 full-agreement, 1,000 partial, 500 full-disagreement items with ≥3 raters. */
    public static CoreSet goEmotions(List<GoComment> comments, long seed) {
        return goEmotions(comments, seed, 500, 1000, 500);
    }

    /** As {@link #goEmotions(List, long)} with other stratum sizes (e.g. a small CI run). */
    public static CoreSet goEmotions(List<GoComment> comments, long seed, int full, int partial, int disagreement) {
        Map<String, Integer> requested = new LinkedHashMap<>();
        requested.put(Agreement.FULL_AGREEMENT.label(), full);
        requested.put(Agreement.PARTIAL_AGREEMENT.label(), partial);
        requested.put(Agreement.FULL_DISAGREEMENT.label(), disagreement);
        Map<String, List<String>> byStratum = new LinkedHashMap<>();
        requested.keySet().forEach(k -> byStratum.put(k, new ArrayList<>()));
        comments.stream().filter(c -> c.nRaters() >= MIN_RATERS).sorted(Comparator.comparing(GoComment::id))
                .forEach(c -> byStratum.get(c.agreement().label()).add(c.id()));
        Random rnd = new Random(seed);
        List<CoreSet.Entry> chosen = new ArrayList<>();
        List<CoreSet.Stratum> strata = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (var e : byStratum.entrySet()) {
            List<String> pool = e.getValue();
            int want = requested.get(e.getKey());
            Collections.shuffle(pool, rnd);
            int take = Math.min(want, pool.size());
            if (take < want) notes.add(e.getKey() + ": only " + pool.size() + " of " + want + " requested items available, all taken");
            for (String id : pool.subList(0, take)) chosen.add(new CoreSet.Entry(id, e.getKey()));
            strata.add(new CoreSet.Stratum(e.getKey(), pool.size(), want, take, 0));
        }
        Collections.shuffle(chosen, rnd);
        return new CoreSet("goemotions", seed, chosen, strata, note(chosen.size(), "comments with ≥3 raters", notes));
    }

    /** The paper's EmoBank core set: 2,000 texts with ≥3 ratings, stratified by agreement × valence band. */
    public static CoreSet emoBank(List<EmoText> texts, long seed) {
        return emoBank(texts, seed, EMOBANK_SIZE);
    }

    /**
     * {@code total // strata} texts per non-empty stratum (all of a smaller one), then a random
     * top-up from the texts not yet taken until {@code total} (or every eligible text) is reached.
     */
    public static CoreSet emoBank(List<EmoText> texts, long seed, int total) {
        if (total < 1) throw new IllegalArgumentException("core-set size " + total + " < 1");
        Map<String, List<String>> byStratum = new LinkedHashMap<>();
        for (VadAgreement a : VadAgreement.values()) for (String b : BANDS) byStratum.put(stratum(a, b), new ArrayList<>());
        Map<String, String> stratumOf = new LinkedHashMap<>();
        texts.stream().filter(t -> t.n() >= MIN_RATERS).sorted(Comparator.comparing(EmoText::id)).forEach(t -> {
            String s = stratum(t.agreement(), t.valenceBand());
            byStratum.get(s).add(t.id());
            stratumOf.put(t.id(), s);
        });
        byStratum.values().removeIf(List::isEmpty);
        if (byStratum.isEmpty()) throw new IllegalArgumentException("no EmoBank text has ≥" + MIN_RATERS + " ratings");
        int per = total / byStratum.size();
        Random rnd = new Random(seed);
        List<CoreSet.Entry> chosen = new ArrayList<>();
        Map<String, int[]> taken = new LinkedHashMap<>(); // stratum -> {available, taken, toppedUp}
        List<String> notes = new ArrayList<>();
        java.util.Set<String> takenIds = new java.util.HashSet<>();
        for (var e : byStratum.entrySet()) {
            List<String> pool = e.getValue();
            Collections.shuffle(pool, rnd);
            int take = Math.min(per, pool.size());
            if (take < per) notes.add(e.getKey() + ": only " + pool.size() + " of " + per + " texts, all taken");
            for (String id : pool.subList(0, take)) {
                chosen.add(new CoreSet.Entry(id, e.getKey()));
                takenIds.add(id);
            }
            taken.put(e.getKey(), new int[]{pool.size(), take, 0});
        }
        List<String> rest = stratumOf.keySet().stream().filter(id -> !takenIds.contains(id)).collect(Collectors.toCollection(ArrayList::new));
        Collections.shuffle(rest, rnd);
        int topUp = Math.min(total - chosen.size(), rest.size());
        for (String id : rest.subList(0, Math.max(0, topUp))) {
            String s = stratumOf.get(id);
            chosen.add(new CoreSet.Entry(id, s));
            taken.get(s)[2]++;
        }
        if (topUp > 0) notes.add(topUp + " texts added at random to reach " + total);
        if (chosen.size() < total) notes.add("only " + chosen.size() + " eligible texts, fewer than " + total);
        Collections.shuffle(chosen, rnd);
        List<CoreSet.Stratum> strata = new ArrayList<>();
        taken.forEach((k, v) -> strata.add(new CoreSet.Stratum(k, v[0], per, v[1], v[2])));
        return new CoreSet("emobank", seed, chosen, strata,
                note(chosen.size(), "texts with ≥3 ratings in " + byStratum.size() + " strata, " + per + " per stratum", notes));
    }

    /** Stratum name of an EmoBank text, e.g. "moderate/neutral". */
    public static String stratum(VadAgreement a, String band) { return a.label() + "/" + band; }

    private static String note(int n, String what, List<String> notes) {
        return n + " " + what + (notes.isEmpty() ? "" : "; " + String.join("; ", notes));
    }
}
