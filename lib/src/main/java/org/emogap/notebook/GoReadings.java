package org.emogap.notebook;

import org.emogap.compare.References;
import tech.tablesaw.api.Table;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The reading sentences of the GoEmotions comparison (notebook 04): each renders one result table's
 * message in words from the numbers, finding its rows by name (never by position), and says so
 * plainly when the table holds nothing to read. Tables are those of
 * {@link org.emogap.compare.GoReport}.
 */
public final class GoReadings {
    private GoReadings() {}

    static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    /** The pooled rows of the models (no reference annotator), closest to the humans first. */
    public static Table pooledModels(Table modelSummary) {
        return modelSummary.where(modelSummary.stringColumn("temperature").isEqualTo("pooled")
                .and(modelSummary.stringColumn("kind").isNotEqualTo(References.KIND))).sortAscendingOn("jsd_mean");
    }

    /** The mean JSD of a reference annotator, NaN when the summary has no such row. */
    static double referenceJsd(Table modelSummary, String id) {
        Table t = modelSummary.where(modelSummary.stringColumn("model").isEqualTo(id));
        return t.rowCount() == 0 ? Double.NaN : t.doubleColumn("jsd_mean").get(0);
    }

    /** The core set's size, source and panel sizes. */
    public static String coreSet(int n, String coreSet, String raterSource, int[] raters) {
        return f("%,d core-set items (%s) from %s; raters per item: %d to %d.", n, coreSet, raterSource,
                java.util.Arrays.stream(raters).min().orElse(0), java.util.Arrays.stream(raters).max().orElse(0));
    }

    /** Which models the comparison found, or why there are none. */
    public static String models(int groups, long annotators) {
        return groups == 0
                ? "**No model judgments of these items exist yet** (`data/judgments/goemotions/` is empty or covers other "
                + "items), so this run shows the human side and its noise floors only; run the annotation notebooks first to "
                + "compare models."
                : f("%d (model, temperature) groups from %d annotators judged these items.", groups, annotators);
    }

    /** The main comparison's item set and the files written. */
    public static String mainComparison(int commonItems, int allItems, List<Path> written) {
        return f("The main comparison below uses the %,d of %,d items every annotator judged outside its training data%s; "
                        + "all-item results follow it, labelled. Wrote %s to `results/goemotions/`.", commonItems, allItems,
                commonItems == allItems ? " (all of them)" : "",
                written.stream().map(p -> "`" + p.getFileName() + "`").collect(Collectors.joining(", ")));
    }

    /** The two human floors over all items, read as what they are. */
    public static String floors(double finiteSample, double splitHalf) {
        return f("Over all items a panel resampled from the raters' own votes is %.3f bits of JSD from the humans: a model "
                + "that knew every item's true distribution would still score about this. Two disjoint half-panels are "
                + "%.3f apart; each half has only a few raters, so this is half-panel against half-panel, an upper "
                + "bound on the noise, not a floor a model could reach.", finiteSample, splitHalf);
    }

    /** The closest model on the common items, against the finite-sample floor and the uniform reference. */
    public static String closest(Table modelSummary, int nItems) {
        Table p = pooledModels(modelSummary);
        if (p.rowCount() == 0) return "No model to compare: only the human floors and the reference annotators are shown.";
        double jsd = p.doubleColumn("jsd_mean").get(0), floor = p.doubleColumn("jsd_floor_finite_sample").get(0);
        double uniform = referenceJsd(modelSummary, References.UNIFORM);
        String vsUniform = Double.isNaN(uniform) ? ""
                : jsd < uniform ? f("; answering the uniform distribution scores %.3f, so it beats knowing nothing by %.0f%%",
                uniform, 100 * (uniform - jsd) / uniform)
                : f("; answering the uniform distribution scores %.3f, so it does **no better than knowing nothing**", uniform);
        return f("On the %,d common items the closest to the humans is %s with mean JSD %.3f [%.3f, %.3f], %.1f× the "
                        + "finite-sample floor (%.3f)%s.", nItems, Names.model(p.stringColumn("model").get(0)), jsd,
                p.doubleColumn("jsd_ci_low").get(0), p.doubleColumn("jsd_ci_high").get(0), jsd / floor, floor, vsUniform);
    }

    /** Entropy of the closest model against the humans', with the direction of its confidence. */
    public static String entropy(Table modelSummary) {
        Table p = pooledModels(modelSummary);
        if (p.rowCount() == 0) return "No model entropies to correlate yet.";
        double h = p.doubleColumn("human_entropy_mean").get(0), m = p.doubleColumn("model_entropy_mean").get(0);
        String direction = m < h ? "the model is **over-confident** (its distributions are sharper than the humans')"
                : "the model is **under-confident** (its distributions are flatter than the humans'), the opposite of "
                + "the paper's over-confident LLMs";
        return f("For %s, human and model entropy correlate with Spearman ρ = %.2f; mean entropies are %.2f (humans) and "
                + "%.2f (model) bits: %s.", Names.model(p.stringColumn("model").get(0)),
                p.doubleColumn("entropy_spearman").get(0), h, m, direction);
    }

    /** The most chosen category and the number of clusters. */
    public static String categories(Table clusters) {
        Table byRate = clusters.sortDescendingOn("human_rate");
        return f("The most chosen category among the humans is %s (mean rate %.3f); categories fall into %d clusters.",
                byRate.stringColumn("label").get(0), byRate.doubleColumn("human_rate").get(0),
                clusters.intColumn("cluster").countUnique());
    }

    /** How far mean JSD moves with temperature, per model. */
    public static String temperatures(Table modelSummary) {
        Table t = modelSummary.where(modelSummary.stringColumn("temperature").isNotEqualTo("pooled")
                .and(modelSummary.stringColumn("kind").isNotEqualTo(References.KIND)));
        if (t.rowCount() == 0) return "No model was sampled at several temperatures in these judgments.";
        String per = t.stringColumn("model").unique().asList().stream().sorted().map(m -> {
            Table x = t.where(t.stringColumn("model").isEqualTo(m)).sortAscendingOn("temperature");
            return f("%s from %.3f (T=%s) to %.3f (T=%s)", Names.model(m), x.doubleColumn("jsd_mean").get(0),
                    x.stringColumn("temperature").get(0), x.doubleColumn("jsd_mean").get(x.rowCount() - 1),
                    x.stringColumn("temperature").get(x.rowCount() - 1));
        }).collect(Collectors.joining("; "));
        return "Mean JSD by temperature: " + per + ".";
    }

    /** Labels right, distributions wrong: the closest model's top-1 hit rate beside its JSD. */
    public static String labels(Table modelSummary) {
        Table p = pooledModels(modelSummary);
        if (p.rowCount() == 0) return "No model labels to score yet.";
        return f("%s hits a human top label on %.0f%% of items (micro F1 %.2f) while its mean JSD is %.3f, %.1f× the "
                        + "finite-sample floor.", Names.model(p.stringColumn("model").get(0)),
                100 * p.doubleColumn("top1_hit_rate").get(0), p.doubleColumn("micro_f1").get(0),
                p.doubleColumn("jsd_mean").get(0),
                p.doubleColumn("jsd_mean").get(0) / p.doubleColumn("jsd_floor_finite_sample").get(0));
    }

    /**
     * The Kruskal–Wallis tests across agreement levels: how many, how many with p &lt; 0.05, and how
     * many still after a Bonferroni correction over these tests (p × their number &lt; 0.05).
     */
    public static String kruskal(Table tests) {
        Table kw = tests.where(tests.stringColumn("test").isEqualTo("kruskal_wallis_agreement"));
        if (kw.rowCount() == 0) return "Too few agreement levels in these items for a Kruskal–Wallis test.";
        double[] p = kw.doubleColumn("p").asDoubleArray();
        long raw = java.util.Arrays.stream(p).filter(v -> v < 0.05).count();
        long corrected = java.util.Arrays.stream(p).filter(v -> v * p.length < 0.05).count();
        return f("%d Kruskal–Wallis tests of JSD across agreement levels; %d with p < 0.05, %d also after a Bonferroni "
                + "correction over the %d tests.", kw.rowCount(), raw, corrected, kw.rowCount());
    }
}
