package org.emogap.compare;

import org.emogap.RunMode;
import org.emogap.data.Agreement;
import org.emogap.data.HumanItems;
import org.emogap.dist.Divergences;
import org.emogap.dist.PairMetrics;
import org.emogap.judgment.ModelItems;
import org.emogap.judgment.Temperature;
import org.emogap.stats.Classification;
import org.emogap.stats.Correlations;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * The GoEmotions comparison facade: item metrics per (model, temperature), and the item,
 * category and distribution tables built from them. Summaries that need confidence intervals or
 * tests are assembled in {@code org.emogap.stats.GoSummary}.
 */
public final class Compare {
    /** Models "choose" a label when at least this share of samples (or this probability) picks it. */
    public static final double CHOSEN = 0.5;
    /** Humans "choose" a label when at least this many raters pick it (the simplified GoEmotions rule). */
    public static final int GOLD_RATERS = 2;

    private Compare() {}

    /** Item metrics of one model. */
    public static ItemMetrics items(HumanItems human, ModelItems model) {
        return new ItemMetrics(human, null, model, RunMode.EMOGAP, true);
    }

    /**
     * Item metrics of every model; the human-side work is done once. The paper mode adds the
     * Wasserstein distance over label positions the paper reports (meaningless for GoEmotions) and
     * uses the paper's smoothed human entropy.
     */
    public static List<ItemMetrics> items(HumanItems human, List<ModelItems> models, RunMode mode) {
        PairMetrics.Human prepared = PairMetrics.prepare(human.ratesRef(), human.distributionRows(), human.k());
        List<ItemMetrics> out = new ArrayList<>();
        for (ModelItems m : models) out.add(new ItemMetrics(human, prepared, m, mode, true));
        return out;
    }

    /** The models that judged at least one of the human items (others have nothing to compare). */
    public static List<ModelItems> sharing(List<ModelItems> models, HumanItems human) {
        java.util.Set<String> ids = new java.util.HashSet<>(java.util.Arrays.asList(human.ids()));
        return models.stream().filter(m -> java.util.Arrays.stream(m.ids()).anyMatch(ids::contains)).toList();
    }

    /** Label-side accuracy of one model. */
    public record LabelAccuracy(double top1HitRate, double microF1, double macroF1, double[] perLabelF1, int n) {
        public LabelAccuracy {
            perLabelF1 = perLabelF1.clone();
        }

        @Override public double[] perLabelF1() { return perLabelF1.clone(); }
    }

    /**
     * Top-1 hit rate, and micro/macro F1 of the labels the model chose (share of samples or
     * probability ≥ {@link #CHOSEN}) against the labels {@link #GOLD_RATERS}+ raters chose, under
     * {@link Classification}'s zero-division rule.
     */
    public static LabelAccuracy labelAccuracy(ItemMetrics im) {
        HumanItems h = im.human();
        int k = h.k(), n = im.n();
        double[] mv = im.modelValues();
        boolean[][] pred = new boolean[n][k], gold = new boolean[n][k];
        int hits = 0;
        boolean[] top = im.top1Hit();
        for (int r = 0; r < n; r++) {
            if (top[r]) hits++;
            int row = im.humanRow(r);
            for (int j = 0; j < k; j++) {
                gold[r][j] = h.count(row, j) >= GOLD_RATERS;
                pred[r][j] = mv[r * k + j] >= CHOSEN;
            }
        }
        if (n == 0) return new LabelAccuracy(Double.NaN, Double.NaN, Double.NaN, nans(k), 0);
        Classification.Counts c = Classification.Counts.of(pred, gold);
        return new LabelAccuracy(hits / (double) n, c.microF1(), c.macroF1(), c.perLabelF1(), n);
    }

    private static double[] nans(int k) {
        double[] v = new double[k];
        java.util.Arrays.fill(v, Double.NaN);
        return v;
    }

    /** One row per (model, temperature, item): the item metrics, with where the humans came from. */
    public static Table itemTable(List<ItemMetrics> all) {
        boolean paper = all.stream().anyMatch(m -> m.wassersteinPaper() != null);
        StringColumn model = StringColumn.create("model"), kind = StringColumn.create("kind"),
                temp = StringColumn.create("temperature"), item = StringColumn.create("item_id"),
                level = StringColumn.create("agreement_level"), src = StringColumn.create("rater_source"),
                core = StringColumn.create("core_set");
        IntColumn raters = IntColumn.create("n_raters"), hit = IntColumn.create("top1_hit");
        String[] names = {"jsd", "kl", "tv", "bernoulli_jsd", "manhattan", "cross_entropy", "human_entropy", "model_entropy", "failed_share"};
        DoubleColumn[] num = new DoubleColumn[names.length];
        for (int i = 0; i < names.length; i++) num[i] = DoubleColumn.create(names[i]);
        DoubleColumn wass = DoubleColumn.create("wasserstein_paper");
        for (ItemMetrics im : all) {
            HumanItems h = im.human();
            double[][] cols = {im.jsd(), im.kl(), im.tv(), im.bernoulliJsd(), im.manhattan(), im.crossEntropy(), im.humanEntropy(),
                    im.modelEntropy(), im.failedShare()};
            boolean[] top = im.top1Hit();
            double[] w = im.wassersteinPaper();
            for (int r = 0; r < im.n(); r++) {
                int row = im.humanRow(r);
                model.append(im.model().model());
                kind.append(im.model().kind());
                temp.append(im.model().temperature());
                item.append(h.idRef(row));
                level.append(h.agreementRef(row));
                raters.append(h.nRatersRef(row));
                for (int c = 0; c < cols.length; c++) num[c].append(cols[c][r]);
                hit.append(top[r] ? 1 : 0);
                if (paper) wass.append(w == null ? Double.NaN : w[r]);
                src.append(h.raterSource());
                core.append(h.coreSet());
            }
        }
        Table t = Table.create("item_metrics", model, kind, temp, item, level, raters);
        for (int i = 0; i < names.length - 1; i++) t.addColumns(num[i]);
        t.addColumns(hit, num[names.length - 1]); // failed_share after top1_hit
        if (paper) t.addColumns(wass);
        return t.addColumns(src, core);
    }

    /**
     * Per (model, temperature, agreement level — "all" first — and label): mean human rate, mean
     * model rate, their difference (model − human), mean absolute difference, and the Spearman
     * correlation of per-item rates (the paper's "agreement"). When either side is constant the
     * coefficient is undefined: NaN in the emogap mode (averages leave it out and count it), 0 in
     * the paper mode, which averages it in as the authors' scripts do.
     */
    public static Table categoryTable(List<ItemMetrics> all) {
        StringColumn model = StringColumn.create("model"), kind = StringColumn.create("kind"),
                temp = StringColumn.create("temperature"), level = StringColumn.create("agreement_level"),
                label = StringColumn.create("label"), src = StringColumn.create("rater_source"),
                core = StringColumn.create("core_set");
        IntColumn nItems = IntColumn.create("n_items");
        DoubleColumn hr = DoubleColumn.create("human_rate"), mr = DoubleColumn.create("model_rate"),
                diff = DoubleColumn.create("difference"), mad = DoubleColumn.create("mean_abs_difference"),
                rho = DoubleColumn.create("spearman");
        for (ItemMetrics im : all) {
            HumanItems h = im.human();
            int k = h.k();
            double[] hv = h.ratesRef(), mv = im.modelValues();
            List<String> levels = new ArrayList<>();
            levels.add("all");
            levels.addAll(Agreement.LABELS);
            for (String lv : levels) {
                int c = 0;
                for (int r = 0; r < im.n(); r++) if (lv.equals("all") || im.agreement(r).equals(lv)) c++;
                if (c == 0) continue;
                for (int j = 0; j < k; j++) {
                    double[] x = new double[c], y = new double[c];
                    int q = 0;
                    double sx = 0, sy = 0, sa = 0;
                    for (int r = 0; r < im.n(); r++) {
                        if (!lv.equals("all") && !im.agreement(r).equals(lv)) continue;
                        x[q] = hv[im.humanRow(r) * k + j];
                        y[q] = mv[r * k + j];
                        sx += x[q];
                        sy += y[q];
                        sa += Math.abs(x[q] - y[q]);
                        q++;
                    }
                    model.append(im.model().model());
                    kind.append(im.model().kind());
                    temp.append(im.model().temperature());
                    level.append(lv);
                    label.append(h.labels().get(j));
                    nItems.append(c);
                    hr.append(sx / c);
                    mr.append(sy / c);
                    diff.append((sy - sx) / c);
                    mad.append(sa / c);
                    rho.append(im.mode().paper() && Correlations.degenerate(x, y) ? 0.0 : Correlations.spearman(x, y).r());
                    src.append(h.raterSource());
                    core.append(h.coreSet());
                }
            }
        }
        return Table.create("category_agreement", model, kind, temp, level, label, nItems, hr, mr, diff, mad, rho, src, core);
    }

    /**
     * The normalised distributions of the humans (model "human") and of every model, over the
     * human items in their order: {@code model, temperature, item_id}, one column per label,
     * then the per-rater source and core set.
     */
    public static Table distributions(HumanItems human, List<ModelItems> models) {
        int k = human.k();
        StringColumn model = StringColumn.create("model"), temp = StringColumn.create("temperature"),
                item = StringColumn.create("item_id"), src = StringColumn.create("rater_source"),
                core = StringColumn.create("core_set");
        DoubleColumn[] lab = new DoubleColumn[k];
        for (int j = 0; j < k; j++) lab[j] = DoubleColumn.create(human.labels().get(j));
        double[] hd = Divergences.normalizeRows(human.ratesRef(), k);
        for (int i = 0; i < human.n(); i++) {
            model.append("human");
            temp.append(Temperature.POOLED_LABEL);
            item.append(human.idRef(i));
            for (int j = 0; j < k; j++) lab[j].append(hd[i * k + j]);
        }
        for (ModelItems m : models) {
            java.util.Map<String, Integer> at = m.index();
            double[] md = Divergences.normalizeRows(m.valuesRef(), k);
            for (int i = 0; i < human.n(); i++) {
                Integer r = at.get(human.idRef(i));
                if (r == null || m.nSamplesRef(r) == m.nFailedRef(r)) continue;
                model.append(m.model());
                temp.append(m.temperature());
                item.append(human.idRef(i));
                for (int j = 0; j < k; j++) lab[j].append(md[r * k + j]);
            }
        }
        for (int i = 0; i < model.size(); i++) {
            src.append(human.raterSource());
            core.append(human.coreSet());
        }
        Table t = Table.create("distributions", model, temp, item);
        t.addColumns(lab);
        return t.addColumns(src, core);
    }
}
