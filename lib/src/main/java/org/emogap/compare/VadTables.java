package org.emogap.compare;

import org.emogap.Project;
import org.emogap.RunMode;
import org.emogap.data.VadAgreement;
import org.emogap.data.VadHumanItem;
import org.emogap.dist.VadOrdinal;
import org.emogap.judgment.Temperature;
import org.emogap.judgment.VadModelItem;
import org.emogap.judgment.VadModelRun;
import org.emogap.stats.Bootstrap;
import org.emogap.stats.Descriptive;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The EmoBank result tables (paper §6 and emogap's ordinal extension), built from the human items
 * of one perspective and the model runs. Every table compares a run only on texts outside its
 * training data and says how many it left out ({@code in_training_excluded}). Rows come in a
 * fixed order (runs as given, then V, A, D, then groups), so a rerun gives the same table.
 *
 * <p>Longer than the project's ~300-line guide on purpose: every EmoBank results table is built
 * here from the same runs and human items, so their columns and groupings stay consistent.
 */
public final class VadTables {
    private VadTables() {}

    /** {@code model_vad.csv}: one row per run and dimension over every shared text. */
    public static Table modelVad(List<VadHumanItem> humans, List<VadModelRun> runs, String perspective, long seed) {
        Table t = comparisonTable("emobank_model_vad", false);
        for (VadModelRun run : runs) {
            for (int d = 0; d < 3; d++) addComparison(t, run, perspective, d, null, null, humans, seed);
        }
        return t;
    }

    /** Model id of the human split-half reference rows. */
    public static final String SPLIT_HALF = "human:split-half";

    /**
     * The human reference for the correlations: the raters of each text (2+ ratings) are split at
     * random into ⌊n/2⌋ and the rest (one seeded split per text, from the seed and its id), and the
     * half-panel means are compared as if one half were a model ({@code model = human:split-half},
     * {@code kind = human}). Two panels of 2–3 raters agree less than a model can agree with a
     * full panel, so this is a floor of human–human agreement, not a ceiling for models. It is
     * offered overall only: within a group chosen on the same ratings (an agreement level, a
     * valence band) the halves are tied by the selection — inside a valence band a high half
     * forces a low other half — and the split-half r is biased (negative within bands).
     */
    public static Table humanSplitHalf(List<VadHumanItem> humans, String perspective, long seed) {
        SplitHalves h = splitHalves(humans, seed);
        return modelVad(h.halfA, List.of(h.halfB), perspective, seed);
    }

    private record SplitHalves(List<VadHumanItem> halfA, VadModelRun halfB) {}

    private static SplitHalves splitHalves(List<VadHumanItem> humans, long seed) {
        List<VadHumanItem> halfA = new ArrayList<>();
        Map<String, VadModelItem> halfB = new LinkedHashMap<>();
        for (VadHumanItem h : humans) {
            if (h.n() < 2) continue;
            int[][] r = h.ratings();
            // seed + 1: a stream apart from the one the Wasserstein floors draw for the same text
            SplittableRandom rng = VadOrdinal.rngFor(seed + 1, h.itemId());
            for (int i = r.length - 1; i > 0; i--) {
                int j = rng.nextInt(i + 1);
                int[] tmp = r[i];
                r[i] = r[j];
                r[j] = tmp;
            }
            int half = r.length / 2;
            halfA.add(new VadHumanItem(h.itemId(), h.agreement(), h.valenceBand(), Arrays.copyOfRange(r, 0, half)));
            VadHumanItem b = new VadHumanItem(h.itemId(), h.agreement(), h.valenceBand(), Arrays.copyOfRange(r, half, r.length));
            halfB.put(h.itemId(), new VadModelItem(h.itemId(), b.mean(), null, false));
        }
        return new SplitHalves(halfA, new VadModelRun(SPLIT_HALF, "human", Temperature.POOLED_LABEL, halfB));
    }

    /**
     * What each run covers: {@code model, kind, temperature, texts_judged} (all its texts),
     * {@code in_comparison} (texts shared with {@code humans}), {@code in_training} (of those, in
     * its training data, so left out), {@code samples_per_text} (mean; 0 for point predictions).
     */
    public static Table runSummary(List<VadModelRun> runs, List<VadHumanItem> humans) {
        Table t = Table.create("emobank_model_runs", StringColumn.create("model"), StringColumn.create("kind"),
                StringColumn.create("temperature"), IntColumn.create("texts_judged"), IntColumn.create("in_comparison"),
                IntColumn.create("in_training"), DoubleColumn.create("samples_per_text"));
        for (VadModelRun run : runs) {
            int shared = 0;
            for (VadHumanItem h : humans) if (run.items().containsKey(h.itemId())) shared++;
            t.stringColumn("model").append(run.model());
            t.stringColumn("kind").append(run.kind());
            t.stringColumn("temperature").append(run.temperature());
            t.intColumn("texts_judged").append(run.items().size());
            t.intColumn("in_comparison").append(shared);
            t.intColumn("in_training").append(excluded(humans, run));
            t.doubleColumn("samples_per_text").append(run.items().values().stream().mapToInt(VadModelItem::nSamples).average().orElse(0));
        }
        return t;
    }

    /**
     * {@code model_vad_by_agreement.csv}: as {@link #modelVad} within each agreement level
     * ({@code group_by = agreement}) and each valence band ({@code group_by = valence_band}).
     */
    public static Table modelVadByGroup(List<VadHumanItem> humans, List<VadModelRun> runs, String perspective, long seed) {
        Table t = comparisonTable("emobank_model_vad_by_agreement", true);
        List<String> bands = new ArrayList<>(new TreeSet<>(humans.stream().map(VadHumanItem::valenceBand).toList()));
        for (VadModelRun run : runs) {
            for (int d = 0; d < 3; d++) {
                for (String level : levels(humans)) {
                    addComparison(t, run, perspective, d, "agreement", level, filter(humans, h -> h.agreement().equals(level)), seed);
                }
                for (String band : bands) {
                    addComparison(t, run, perspective, d, "valence_band", band, filter(humans, h -> h.valenceBand().equals(band)), seed);
                }
            }
        }
        return t;
    }

    /**
     * Within-text variance of sampled runs: per run and dimension, the mean over texts of the
     * variance (ddof = 1) of the model's samples, next to the mean variance of the human ratings
     * of the same texts. Texts with fewer than 2 samples or 2 ratings are left out.
     */
    public static Table withinTextVariance(List<VadHumanItem> humans, List<VadModelRun> runs, String perspective) {
        Table t = Table.create("emobank_within_text_variance",
                StringColumn.create("model"), StringColumn.create("kind"), StringColumn.create("temperature"),
                StringColumn.create("perspective"), StringColumn.create("dimension"), IntColumn.create("n_items"),
                DoubleColumn.create("model_within_var"), DoubleColumn.create("human_within_var"), DoubleColumn.create("var_ratio"));
        for (VadModelRun run : runs) {
            if (!run.sampled()) continue;
            for (int d = 0; d < 3; d++) {
                double sm = 0, sh = 0;
                int n = 0;
                for (VadHumanItem h : humans) {
                    VadModelItem m = run.items().get(h.itemId());
                    if (m == null || m.inTraining() || m.nSamples() < 2 || h.n() < 2) continue;
                    sm += Descriptive.variance(m.sampleColumn(d));
                    sh += h.variance()[d];
                    n++;
                }
                t.stringColumn("model").append(run.model());
                t.stringColumn("kind").append(run.kind());
                t.stringColumn("temperature").append(run.temperature());
                t.stringColumn("perspective").append(perspective);
                t.stringColumn("dimension").append(VadHumanItem.DIMENSIONS[d]);
                t.intColumn("n_items").append(n);
                t.doubleColumn("model_within_var").append(sm / n);
                t.doubleColumn("human_within_var").append(sh / n);
                t.doubleColumn("var_ratio").append(sm / sh);
            }
        }
        return t;
    }

    /**
     * {@code wasserstein.csv}: per run, dimension and group (all texts, then each agreement level),
     * the mean per-text W1 with a bootstrap 95% CI (1,000 resamples of texts), next to the mean
     * split-half and resample floors of the same texts.
     */
    public static Table wasserstein(List<VadHumanItem> humans, List<VadModelRun> runs, String perspective, long seed) {
        Table items = VadDistances.perItem(humans, runs, seed);
        Table t = Table.create("emobank_wasserstein",
                StringColumn.create("model"), StringColumn.create("kind"), StringColumn.create("temperature"),
                StringColumn.create("perspective"), StringColumn.create("dimension"), StringColumn.create("agreement"),
                StringColumn.create("binning"), IntColumn.create("n_items"), IntColumn.create("in_training_excluded"),
                DoubleColumn.create("wasserstein"), DoubleColumn.create("wasserstein_ci_low"),
                DoubleColumn.create("wasserstein_ci_high"), DoubleColumn.create("floor_split_half"),
                DoubleColumn.create("floor_resample"));
        // bucket per-item row indices by (run, dimension, group); the table's row order already follows runs
        Map<String, List<Integer>> buckets = new LinkedHashMap<>();
        StringColumn model = items.stringColumn("model"), temp = items.stringColumn("temperature");
        StringColumn dim = items.stringColumn("dimension"), agr = items.stringColumn("agreement");
        for (int i = 0; i < items.rowCount(); i++) {
            String key = model.get(i) + "\u0000" + temp.get(i) + "\u0000" + dim.get(i);
            buckets.computeIfAbsent(key + "\u0000all", k -> new ArrayList<>()).add(i);
            buckets.computeIfAbsent(key + "\u0000" + agr.get(i), k -> new ArrayList<>()).add(i);
        }
        for (VadModelRun run : runs) {
            int excluded = excluded(humans, run);
            for (int d = 0; d < 3; d++) {
                List<String> groups = new ArrayList<>(List.of("all"));
                groups.addAll(levels(humans));
                for (String g : groups) {
                    List<Integer> rows = buckets.getOrDefault(run.model() + "\u0000" + run.temperature() + "\u0000"
                            + VadHumanItem.DIMENSIONS[d] + "\u0000" + g, List.of());
                    double[] w = values(items, "wasserstein", rows);
                    Bootstrap.Interval ci = Bootstrap.meanCi(w, seed);
                    t.stringColumn("model").append(run.model());
                    t.stringColumn("kind").append(run.kind());
                    t.stringColumn("temperature").append(run.temperature());
                    t.stringColumn("perspective").append(perspective);
                    t.stringColumn("dimension").append(VadHumanItem.DIMENSIONS[d]);
                    t.stringColumn("agreement").append(g);
                    t.stringColumn("binning").append(rows.isEmpty() ? "" : items.stringColumn("binning").get(rows.get(0)));
                    t.intColumn("n_items").append(w.length);
                    t.intColumn("in_training_excluded").append(excluded);
                    t.doubleColumn("wasserstein").append(ci.mean());
                    t.doubleColumn("wasserstein_ci_low").append(ci.low());
                    t.doubleColumn("wasserstein_ci_high").append(ci.high());
                    t.doubleColumn("floor_split_half").append(Descriptive.nanMean(values(items, "floor_split_half", rows)));
                    t.doubleColumn("floor_resample").append(Descriptive.nanMean(values(items, "floor_resample", rows)));
                }
            }
        }
        return t;
    }

    /**
     * The human noise floors alone, per dimension and group (all, then agreement levels): what
     * any model's W1 should be read against, shown even when no model judgments exist yet.
     */
    public static Table floorSummary(List<VadHumanItem> humans, String perspective, long seed) {
        Table floors = VadDistances.floors(humans, seed);
        Table t = Table.create("emobank_wasserstein_floors",
                StringColumn.create("perspective"), StringColumn.create("dimension"), StringColumn.create("agreement"),
                IntColumn.create("n_items"), DoubleColumn.create("floor_split_half"), DoubleColumn.create("floor_resample"));
        List<String> groups = new ArrayList<>(List.of("all"));
        groups.addAll(levels(humans));
        for (String dim : VadHumanItem.DIMENSIONS) {
            for (String g : groups) {
                List<Integer> rows = new ArrayList<>();
                for (int i = 0; i < floors.rowCount(); i++) {
                    if (floors.stringColumn("dimension").get(i).equals(dim)
                            && (g.equals("all") || floors.stringColumn("agreement").get(i).equals(g))) rows.add(i);
                }
                t.stringColumn("perspective").append(perspective);
                t.stringColumn("dimension").append(dim);
                t.stringColumn("agreement").append(g);
                t.intColumn("n_items").append(rows.size());
                t.doubleColumn("floor_split_half").append(Descriptive.nanMean(values(floors, "floor_split_half", rows)));
                t.doubleColumn("floor_resample").append(Descriptive.nanMean(values(floors, "floor_resample", rows)));
            }
        }
        return t;
    }

    /**
     * {@code judgments.csv}: {@code model, temperature, item_id, V, A, D, in_training}, the human
     * means first as model {@code human}, then each stored run (not the pooled ones, which are
     * derived) on the texts of {@code humans}, in text order.
     */
    public static Table judgments(List<VadHumanItem> humans, List<VadModelRun> runs) {
        Table t = Table.create("emobank_judgments", StringColumn.create("model"), StringColumn.create("temperature"),
                StringColumn.create("item_id"), DoubleColumn.create("V"), DoubleColumn.create("A"), DoubleColumn.create("D"),
                StringColumn.create("in_training"));
        for (VadHumanItem h : humans) appendJudgment(t, "human", Temperature.POOLED_LABEL, h.itemId(), h.mean(), false);
        Map<String, Long> runsPerModel = runs.stream().collect(java.util.stream.Collectors.groupingBy(VadModelRun::model, java.util.stream.Collectors.counting()));
        for (VadModelRun run : runs) {
            // a pooled run next to per-temperature runs is derived from them
            if (run.temperature().equals(Temperature.POOLED_LABEL) && runsPerModel.get(run.model()) > 1) continue;
            for (VadHumanItem h : humans) {
                VadModelItem m = run.items().get(h.itemId());
                if (m != null) appendJudgment(t, run.model(), run.temperature(), h.itemId(), m.mean(), m.inTraining());
            }
        }
        return t;
    }

    /**
     * The rows of a result table that belong to the main run of each model (see
     * {@code VadModels.main}): rows of a model with several temperatures are kept only for
     * {@code pooled}; every other model's rows are kept. Row order is unchanged.
     */
    public static Table mainRows(Table t) {
        StringColumn model = t.stringColumn("model"), temp = t.stringColumn("temperature");
        Map<String, TreeSet<String>> temps = new LinkedHashMap<>();
        for (int i = 0; i < t.rowCount(); i++) temps.computeIfAbsent(model.get(i), k -> new TreeSet<>()).add(temp.get(i));
        tech.tablesaw.selection.Selection keep = tech.tablesaw.selection.Selection.with();
        for (int i = 0; i < t.rowCount(); i++) {
            if (temps.get(model.get(i)).size() == 1 || temp.get(i).equals(Temperature.POOLED_LABEL)) keep.add(i);
        }
        return t.where(keep);
    }

    private static Table comparisonTable(String name, boolean grouped) {
        Table t = Table.create(name, StringColumn.create("model"), StringColumn.create("kind"),
                StringColumn.create("temperature"), StringColumn.create("perspective"), StringColumn.create("dimension"));
        if (grouped) t.addColumns(StringColumn.create("group_by"), StringColumn.create("group"));
        t.addColumns(IntColumn.create("n_items"), IntColumn.create("in_training_excluded"),
                DoubleColumn.create("pearson"), DoubleColumn.create("pearson_ci_low"), DoubleColumn.create("pearson_ci_high"),
                DoubleColumn.create("spearman"), DoubleColumn.create("spearman_ci_low"), DoubleColumn.create("spearman_ci_high"),
                DoubleColumn.create("mae"), DoubleColumn.create("rmse"), DoubleColumn.create("ks_stat"), DoubleColumn.create("ks_p"),
                DoubleColumn.create("sd_model"), DoubleColumn.create("sd_human"), DoubleColumn.create("compression"));
        return t;
    }

    /**
     * One comparison row. The paper mode ({@code EMOGAP_MODE}) follows the authors' scripts: the
     * model's SD is over every sample of every compared text (the per-text means for an annotator
     * without samples), the humans' SD over all the human items given (the whole core set, or the
     * whole group), and the KS p-value is SciPy's default.
     */
    private static void addComparison(Table t, VadModelRun run, String perspective, int d, String groupBy, String group,
                                      List<VadHumanItem> humans, long seed) {
        RunMode mode = Project.mode();
        List<Double> hv = new ArrayList<>();
        List<Double> mv = new ArrayList<>();
        List<Double> samples = new ArrayList<>();
        for (VadHumanItem h : humans) {
            VadModelItem m = run.items().get(h.itemId());
            if (m == null || m.inTraining()) continue;
            hv.add(h.mean()[d]);
            mv.add(m.mean()[d]);
            if (m.nSamples() > 0) for (double v : m.sampleColumn(d)) samples.add(v);
            else samples.add(m.mean()[d]);
        }
        VadComparison c = VadStats.compare(hv.stream().mapToDouble(Double::doubleValue).toArray(),
                mv.stream().mapToDouble(Double::doubleValue).toArray(), VadStats.RESAMPLES, seed, mode);
        if (mode.paper()) {
            c = c.withSds(Descriptive.sd(samples.stream().mapToDouble(Double::doubleValue).toArray()),
                    Descriptive.sd(humans.stream().mapToDouble(h -> h.mean()[d]).toArray()));
        }
        t.stringColumn("model").append(run.model());
        t.stringColumn("kind").append(run.kind());
        t.stringColumn("temperature").append(run.temperature());
        t.stringColumn("perspective").append(perspective);
        t.stringColumn("dimension").append(VadHumanItem.DIMENSIONS[d]);
        if (groupBy != null) {
            t.stringColumn("group_by").append(groupBy);
            t.stringColumn("group").append(group);
        }
        t.intColumn("n_items").append(c.n());
        t.intColumn("in_training_excluded").append(excluded(humans, run));
        t.doubleColumn("pearson").append(c.pearson());
        t.doubleColumn("pearson_ci_low").append(c.pearsonLow());
        t.doubleColumn("pearson_ci_high").append(c.pearsonHigh());
        t.doubleColumn("spearman").append(c.spearman());
        t.doubleColumn("spearman_ci_low").append(c.spearmanLow());
        t.doubleColumn("spearman_ci_high").append(c.spearmanHigh());
        t.doubleColumn("mae").append(c.mae());
        t.doubleColumn("rmse").append(c.rmse());
        t.doubleColumn("ks_stat").append(c.ksStat());
        t.doubleColumn("ks_p").append(c.ksP());
        t.doubleColumn("sd_model").append(c.sdModel());
        t.doubleColumn("sd_human").append(c.sdHuman());
        t.doubleColumn("compression").append(c.compression());
    }

    private static void appendJudgment(Table t, String model, String temperature, String id, double[] vad, boolean inTraining) {
        t.stringColumn("model").append(model);
        t.stringColumn("temperature").append(temperature);
        t.stringColumn("item_id").append(id);
        t.doubleColumn("V").append(vad[0]);
        t.doubleColumn("A").append(vad[1]);
        t.doubleColumn("D").append(vad[2]);
        t.stringColumn("in_training").append(Boolean.toString(inTraining));
    }

    /** Agreement levels present, in the order high, moderate, low, then any other label alphabetically. */
    private static List<String> levels(List<VadHumanItem> humans) {
        TreeSet<String> present = new TreeSet<>(humans.stream().map(VadHumanItem::agreement).toList());
        List<String> out = new ArrayList<>();
        for (String a : VadAgreement.LABELS) if (present.remove(a)) out.add(a);
        out.addAll(present);
        return out;
    }

    private static int excluded(List<VadHumanItem> humans, VadModelRun run) {
        int n = 0;
        for (VadHumanItem h : humans) {
            VadModelItem m = run.items().get(h.itemId());
            if (m != null && m.inTraining()) n++;
        }
        return n;
    }

    private static List<VadHumanItem> filter(List<VadHumanItem> humans, Predicate<VadHumanItem> p) {
        return humans.stream().filter(p).toList();
    }

    private static double[] values(Table t, String column, List<Integer> rows) {
        DoubleColumn c = t.doubleColumn(column);
        return rows.stream().mapToDouble(c::getDouble).toArray();
    }
}
