package org.emogap.compare;

import org.emogap.Project;
import org.emogap.RunMode;
import org.emogap.data.Agreement;
import org.emogap.data.HumanItems;
import org.emogap.io.ResultsCsv;
import org.emogap.judgment.ModelItems;
import org.emogap.judgment.Temperature;
import org.emogap.stats.Bootstrap;
import org.emogap.stats.Clusters;
import org.emogap.stats.Correlations;
import org.emogap.stats.Descriptive;
import org.emogap.stats.RankTests;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The whole GoEmotions comparison (docs/method.md §3) as tables: item metrics, per-model summaries with
 * bootstrap CIs and noise floors beside them, agreement levels, categories, noise floors, tests.
 * Everything is computed once in {@link #build}; {@link #write} puts the seven results files
 * under a folder. Same inputs and seed give byte-identical files.
 *
 * <p>Longer than the project's ~300-line guide on purpose: every GoEmotions results table is
 * assembled here from one set of item metrics, so their columns, orders and filters are defined
 * side by side and cannot drift apart.
 */
public final class GoReport {
    /** Metrics summarised with bootstrap CIs. */
    public static final List<String> METRICS = List.of("jsd", "kl", "tv", "bernoulli_jsd", "manhattan", "cross_entropy");

    /** {@code <metric>_mean, _ci_low, _ci_high} for every metric of {@link #METRICS}, in order. */
    static List<String> ciColumns() {
        List<String> out = new ArrayList<>();
        for (String m : METRICS) out.addAll(List.of(m + "_mean", m + "_ci_low", m + "_ci_high"));
        return out;
    }

    /**
     * @param seed          bootstrap and noise-floor seed (docs/method.md: 42)
     * @param resamples     bootstrap resamples (1,000)
     * @param floorRepeats  splits / draws averaged per item for the noise floors
     * @param mode          the definitions: paper mode adds Wasserstein over label positions
     *                      (meaningless), the smoothed human entropy and constant-side Spearman = 0
     */
    public record Options(long seed, int resamples, int floorRepeats, RunMode mode) {
        public Options {
            if (resamples < 1 || floorRepeats < 1) throw new IllegalArgumentException("resamples " + resamples + ", floor repeats " + floorRepeats);
        }

        public static Options defaults(long seed) {
            return new Options(seed, Bootstrap.RESAMPLES, NoiseFloor.REPEATS, Project.mode());
        }
    }

    private final HumanItems human;
    private final List<ModelItems> models;
    private final List<ItemMetrics> items;
    private final NoiseFloor splitHalf, finiteSample;
    private final Options options;
    private final Table distributions, itemMetrics, modelSummary, agreementLevels, categoryAgreement, noiseFloor, tests;

    private GoReport(HumanItems human, List<ModelItems> models, Options o) {
        this.human = human;
        this.models = List.copyOf(models);
        this.options = o;
        this.items = Compare.items(human, models, o.mode());
        this.splitHalf = NoiseFloor.splitHalf(human, o.floorRepeats(), o.seed());
        this.finiteSample = NoiseFloor.finiteSample(human, o.floorRepeats(), o.seed());
        this.distributions = Compare.distributions(human, models);
        this.itemMetrics = Compare.itemTable(items);
        this.categoryAgreement = Compare.categoryTable(items);
        this.modelSummary = buildModelSummary();
        this.agreementLevels = buildAgreementLevels();
        this.noiseFloor = buildNoiseFloor();
        this.tests = buildTests();
    }

    public static GoReport build(HumanItems human, List<ModelItems> models, Options options) {
        return new GoReport(human, models, options);
    }

    public HumanItems human() { return human; }
    public List<ModelItems> models() { return models; }
    public List<ItemMetrics> items() { return items; }
    public NoiseFloor splitHalf() { return splitHalf; }
    public NoiseFloor finiteSample() { return finiteSample; }
    public Table distributions() { return distributions.copy(); }
    public Table itemMetrics() { return itemMetrics.copy(); }
    public Table modelSummary() { return modelSummary.copy(); }
    public Table agreementLevels() { return agreementLevels.copy(); }
    public Table categoryAgreement() { return categoryAgreement.copy(); }
    public Table noiseFloor() { return noiseFloor.copy(); }
    public Table tests() { return tests.copy(); }

    /** Writes the seven tables as {@code <name>.csv} under {@code dir}; returns the paths. */
    public List<Path> write(Path dir) {
        List<Path> out = new ArrayList<>();
        Map<String, Table> all = new LinkedHashMap<>();
        all.put("distributions", distributions);
        all.put("item_metrics", itemMetrics);
        all.put("model_summary", modelSummary);
        all.put("agreement_levels", agreementLevels);
        all.put("category_agreement", categoryAgreement);
        all.put("noise_floor", noiseFloor);
        all.put("tests", tests);
        all.forEach((name, t) -> out.add(ResultsCsv.write(t, dir.resolve(name + ".csv"))));
        return out;
    }

    /** Mean of a floor over the human rows a model was compared on (NaN when none has a floor). */
    private static double floorOver(NoiseFloor f, ItemMetrics im, String level) {
        double[] byRow = new double[im.human().n()];
        java.util.Arrays.fill(byRow, Double.NaN);
        double[] v = f.metric("jsd");
        for (int r = 0; r < f.n(); r++) byRow[f.humanRow(r)] = v[r];
        double s = 0;
        int c = 0;
        for (int r = 0; r < im.n(); r++) {
            if (!level.equals("all") && !im.agreement(r).equals(level)) continue;
            double x = byRow[im.humanRow(r)];
            if (!Double.isNaN(x)) { s += x; c++; }
        }
        return c == 0 ? Double.NaN : s / c;
    }

    private Bootstrap.Interval ci(double[] v) {
        return Bootstrap.meanCi(v, options.resamples(), 0.95, options.seed(), true);
    }

    private Table buildModelSummary() {
        Columns t = new Columns("model_summary");
        for (ItemMetrics im : items) {
            ModelItems m = im.model();
            t.str("model", m.model()).str("kind", m.kind()).str("temperature", m.temperature()).str("value_type", m.valueType())
                    .integer("n_items", im.n()).integer("n_missing", im.missing()).integer("n_all_failed", im.allFailed());
            for (String metric : METRICS) {
                Bootstrap.Interval c = ci(im.metric(metric));
                t.num(metric + "_mean", c.mean()).num(metric + "_ci_low", c.low()).num(metric + "_ci_high", c.high());
            }
            double[] he = im.humanEntropy(), me = im.modelEntropy();
            Correlations.Correlation s = Correlations.spearman(he, me), p = Correlations.pearson(he, me);
            Compare.LabelAccuracy acc = Compare.labelAccuracy(im);
            Bootstrap.Interval hit = ci(im.metric("top1_hit"));
            t.num("human_entropy_mean", Descriptive.mean(he)).num("model_entropy_mean", Descriptive.mean(me))
                    .num("entropy_spearman", s.r()).num("entropy_spearman_p", s.p())
                    .num("entropy_pearson", p.r()).num("entropy_pearson_p", p.p())
                    .num("top1_hit_rate", hit.mean()).num("top1_hit_ci_low", hit.low()).num("top1_hit_ci_high", hit.high())
                    .num("micro_f1", acc.microF1()).num("macro_f1", acc.macroF1())
                    .num("failed_share", im.failedShareOverall())
                    .num("jsd_floor_split_half", floorOver(splitHalf, im, "all"))
                    .num("jsd_floor_finite_sample", floorOver(finiteSample, im, "all"));
            if (options.mode().paper()) t.num("wasserstein_paper_mean", Descriptive.mean(im.wassersteinPaper()));
            t.provenance(human, options.seed());
        }
        List<String> order = new ArrayList<>(List.of("model", "kind", "temperature", "value_type", "n_items", "n_missing", "n_all_failed"));
        order.addAll(ciColumns());
        order.addAll(List.of("human_entropy_mean", "model_entropy_mean", "entropy_spearman", "entropy_spearman_p", "entropy_pearson",
                "entropy_pearson_p", "top1_hit_rate", "top1_hit_ci_low", "top1_hit_ci_high", "micro_f1", "macro_f1", "failed_share", "jsd_floor_split_half",
                "jsd_floor_finite_sample"));
        if (options.mode().paper()) order.add("wasserstein_paper_mean");
        order.addAll(List.of("rater_source", "core_set", "seed"));
        return t.table(order);
    }

    private static List<String> levels() {
        List<String> l = new ArrayList<>();
        l.add("all");
        l.addAll(Agreement.LABELS);
        return l;
    }

    private Table buildAgreementLevels() {
        Columns t = new Columns("agreement_levels");
        for (ItemMetrics im : items) {
            for (String lv : levels()) {
                double[] jsd = im.metric("jsd", lv);
                if (jsd.length == 0) continue;
                ModelItems m = im.model();
                t.str("model", m.model()).str("kind", m.kind()).str("temperature", m.temperature())
                        .str("agreement_level", lv).integer("n_items", jsd.length);
                for (String metric : METRICS) {
                    Bootstrap.Interval c = ci(im.metric(metric, lv));
                    t.num(metric + "_mean", c.mean()).num(metric + "_ci_low", c.low()).num(metric + "_ci_high", c.high());
                }
                t.num("human_entropy_mean", Descriptive.mean(im.metric("human_entropy", lv)))
                        .num("model_entropy_mean", Descriptive.mean(im.metric("model_entropy", lv)))
                        .num("top1_hit_rate", Descriptive.mean(im.metric("top1_hit", lv)))
                        .num("jsd_floor_split_half", floorOver(splitHalf, im, lv))
                        .num("jsd_floor_finite_sample", floorOver(finiteSample, im, lv))
                        .provenance(human, options.seed());
            }
        }
        List<String> order = new ArrayList<>(List.of("model", "kind", "temperature", "agreement_level", "n_items"));
        order.addAll(ciColumns());
        order.addAll(List.of("human_entropy_mean", "model_entropy_mean", "top1_hit_rate", "jsd_floor_split_half",
                "jsd_floor_finite_sample", "rater_source", "core_set", "seed"));
        return t.table(order);
    }

    private Table buildNoiseFloor() {
        Columns t = new Columns("noise_floor");
        for (NoiseFloor f : List.of(splitHalf, finiteSample)) {
            for (String lv : levels()) {
                for (String metric : METRICS) {
                    double[] v = f.metric(metric, lv);
                    if (v.length == 0) continue;
                    Bootstrap.Interval c = ci(v);
                    t.str("floor", f.name()).str("agreement_level", lv).str("metric", metric).integer("n_items", v.length)
                            .num("mean", c.mean()).num("ci_low", c.low()).num("ci_high", c.high())
                            .integer("repeats", options.floorRepeats()).provenance(human, options.seed());
                }
            }
        }
        return t.table(List.of("floor", "agreement_level", "metric", "n_items", "mean", "ci_low", "ci_high", "repeats",
                "rater_source", "core_set", "seed"));
    }

    private Table buildTests() {
        Columns t = new Columns("tests");
        // Kruskal–Wallis across agreement levels, then Dunn: for every model and for the human floors
        for (ItemMetrics im : items) {
            String[] lv = Agreement.LABELS.toArray(String[]::new);
            double[][] groups = new double[lv.length][];
            for (int g = 0; g < lv.length; g++) groups[g] = im.metric("jsd", lv[g]);
            levelTests(t, im.model().model(), im.model().temperature(), lv, groups);
        }
        for (NoiseFloor f : List.of(splitHalf, finiteSample)) {
            String[] lv = Agreement.LABELS.toArray(String[]::new);
            double[][] groups = new double[lv.length][];
            for (int g = 0; g < lv.length; g++) groups[g] = f.metric("jsd", lv[g]);
            levelTests(t, "human:" + f.name(), Temperature.POOLED_LABEL, lv, groups);
        }
        // Kruskal–Wallis across temperatures of one model
        Map<String, List<ItemMetrics>> byModel = new TreeMap<>();
        for (ItemMetrics im : items) {
            if (!im.model().temperature().equals(Temperature.POOLED_LABEL)) byModel.computeIfAbsent(im.model().model(), x -> new ArrayList<>()).add(im);
        }
        byModel.forEach((model, ims) -> {
            if (ims.size() < 2) return;
            double[][] g = ims.stream().map(ItemMetrics::jsd).toArray(double[][]::new);
            RankTests.KruskalWallis kw = RankTests.kruskalWallis(g);
            t.test(TestRow.of("kruskal_wallis_temperature", model, "all").groups("temperatures", ims.stream().mapToInt(ItemMetrics::n).sum(), "", 0)
                    .statistic(kw.h(), kw.df()).p(kw.p()), human, options.seed());
        });
        // Mann–Whitney with effect sizes between every pair of models (pooled rows), and between kinds
        List<ItemMetrics> pooled = items.stream().filter(im -> im.model().temperature().equals(Temperature.POOLED_LABEL) && im.n() > 0).toList();
        for (int a = 0; a < pooled.size(); a++) {
            for (int b = a + 1; b < pooled.size(); b++) {
                pairTest(t, "mann_whitney_models", pooled.get(a).model().model(), pooled.get(b).model().model(),
                        pooled.get(a).jsd(), pooled.get(b).jsd());
            }
        }
        Map<String, List<double[]>> byKind = new TreeMap<>();
        for (ItemMetrics im : pooled) byKind.computeIfAbsent(im.model().kind(), x -> new ArrayList<>()).add(im.jsd());
        List<String> kinds = new ArrayList<>(byKind.keySet());
        for (int a = 0; a < kinds.size(); a++) {
            for (int b = a + 1; b < kinds.size(); b++) {
                pairTest(t, "mann_whitney_kinds", kinds.get(a), kinds.get(b), concat(byKind.get(kinds.get(a))), concat(byKind.get(kinds.get(b))));
            }
        }
        return t.table(List.of("test", "model", "temperature", "group_a", "group_b", "n_a", "n_b", "statistic", "df", "p",
                "p_bonferroni", "cohens_d", "cliffs_delta", "rater_source", "core_set", "seed"));
    }

    private void levelTests(Columns t, String model, String temp, String[] lv, double[][] groups) {
        List<Integer> keep = new ArrayList<>();
        for (int g = 0; g < groups.length; g++) if (groups[g].length > 0) keep.add(g);
        if (keep.size() < 2) return;
        double[][] gs = keep.stream().map(g -> groups[g]).toArray(double[][]::new);
        int n = 0;
        for (double[] g : gs) n += g.length;
        RankTests.KruskalWallis kw = RankTests.kruskalWallis(gs);
        t.test(TestRow.of("kruskal_wallis_agreement", model, temp).groups("agreement_levels", n, "", 0)
                .statistic(kw.h(), kw.df()).p(kw.p()), human, options.seed());
        for (RankTests.DunnPair d : RankTests.dunn(gs)) {
            double[] x = gs[d.a()], y = gs[d.b()];
            t.test(TestRow.of("dunn_bonferroni", model, temp).groups(lv[keep.get(d.a())], x.length, lv[keep.get(d.b())], y.length)
                    .statistic(d.z(), Double.NaN).p(d.p()).pBonferroni(d.pBonferroni()).effects(x, y), human, options.seed());
        }
    }

    private void pairTest(Columns t, String test, String a, String b, double[] x, double[] y) {
        if (x.length == 0 || y.length == 0) return;
        RankTests.MannWhitney mw = RankTests.mannWhitney(x, y);
        t.test(TestRow.of(test, a + " vs " + b, Temperature.POOLED_LABEL).groups(a, x.length, b, y.length)
                .statistic(mw.u(), Double.NaN).p(mw.p()).effects(x, y), human, options.seed());
    }

    private static double[] concat(List<double[]> parts) {
        return parts.stream().flatMapToDouble(java.util.Arrays::stream).toArray();
    }

    /**
     * k-means (k = 4, standardised features) of the categories on their pooled-model profile:
     * mean human rate, mean model rate and mean Spearman agreement over the pooled models (just
     * the human rate when there are no models; reference annotators are left out; a model whose ρ is undefined is left out of the mean
     * and counted in {@code n_spearman_undefined}). Returns label, the features, that count and the cluster.
     */
    public Table categoryClusters(int k) {
        Table c = categoryAgreement.where(categoryAgreement.stringColumn("agreement_level").isEqualTo("all")
                .and(categoryAgreement.stringColumn("temperature").isEqualTo(Temperature.POOLED_LABEL))
                .and(categoryAgreement.stringColumn("kind").isNotEqualTo(References.KIND)));
        List<String> labels = human.labels();
        int n = labels.size();
        double[] hr = new double[n], mr = new double[n], rho = new double[n];
        int[] cnt = new int[n], rc = new int[n], undefined = new int[n];
        double[] rates = human.rates();
        for (int i = 0; i < human.n(); i++) for (int j = 0; j < n; j++) hr[j] += rates[i * n + j] / human.n();
        for (int r = 0; r < c.rowCount(); r++) {
            int j = labels.indexOf(c.stringColumn("label").get(r));
            mr[j] += c.doubleColumn("model_rate").get(r);
            cnt[j]++;
            double s = c.doubleColumn("spearman").get(r);
            if (!Double.isNaN(s)) { rho[j] += s; rc[j]++; } else undefined[j]++;
        }
        boolean withModels = c.rowCount() > 0;
        double[][] feats = new double[n][];
        for (int j = 0; j < n; j++) {
            mr[j] = cnt[j] == 0 ? Double.NaN : mr[j] / cnt[j];
            rho[j] = rc[j] == 0 ? 0 : rho[j] / rc[j];
            feats[j] = withModels ? new double[]{hr[j], mr[j], rho[j]} : new double[]{hr[j]};
        }
        standardise(feats);
        int[] cl = Clusters.kMeans(feats, k, options.seed());
        return Table.create("category_clusters", StringColumn.create("label", labels), DoubleColumn.create("human_rate", hr),
                DoubleColumn.create("model_rate", mr), DoubleColumn.create("mean_spearman", rho),
                IntColumn.create("n_spearman_undefined", undefined), IntColumn.create("cluster", cl));
    }

    private static void standardise(double[][] x) {
        for (int d = 0; d < x[0].length; d++) {
            double m = 0, s = 0;
            for (double[] r : x) m += r[d] / x.length;
            for (double[] r : x) s += (r[d] - m) * (r[d] - m) / x.length;
            double sd = Math.sqrt(s);
            for (double[] r : x) r[d] = sd > 0 ? (r[d] - m) / sd : 0;
        }
    }

    /** A row-at-a-time table builder; columns are created on first use, in the declared order at the end. */
}
