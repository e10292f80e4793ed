package org.emogap.compare;

import org.emogap.RunMode;
import org.emogap.data.HumanItems;
import org.emogap.dist.Divergences;
import org.emogap.dist.PairMetrics;
import org.emogap.judgment.ModelItems;

import java.util.Map;

/**
 * Per-item comparison of one model (at one temperature or pooled) with the humans, over the items
 * both have and where the model had at least one usable sample. Arrays are indexed by the
 * compared items, in the human order; {@link #humanRow} maps each back to its {@link HumanItems} row.
 */
public final class ItemMetrics {
    private final HumanItems human;
    private final ModelItems model;
    private final int[] humanRow;
    private final double[] modelValues;
    private final PairMetrics.Result metrics;
    private final boolean[] top1Hit;
    private final double[] failedShare;
    private final double[] wasserstein;
    private final double[] humanEntropy;
    private final RunMode mode;
    private final int missing, allFailed;
    private final long samples, failed;

    ItemMetrics(HumanItems human, PairMetrics.Human prepared, ModelItems model, RunMode mode, boolean parallel) {
        this.human = human;
        this.mode = mode;
        this.model = model;
        int k = human.k();
        if (model.k() != k) throw new IllegalArgumentException(model.model() + " has " + model.k() + " labels, the humans " + k);
        Map<String, Integer> at = model.index();
        int[] rows = new int[human.n()], mrow = new int[human.n()];
        int n = 0, miss = 0, dead = 0;
        long s = 0, f = 0;
        for (int i = 0; i < human.n(); i++) {
            Integer m = at.get(human.idRef(i));
            if (m == null) { miss++; continue; }
            s += model.nSamplesRef(m);
            f += model.nFailedRef(m);
            if (model.nSamplesRef(m) == model.nFailedRef(m)) { dead++; continue; }
            rows[n] = i;
            mrow[n++] = m;
        }
        this.missing = miss;
        this.allFailed = dead;
        this.samples = s;
        this.failed = f;
        this.humanRow = java.util.Arrays.copyOf(rows, n);
        double[] hv = human.ratesRef(), mv = model.valuesRef();
        double[] hd = prepared != null ? prepared.dist() : human.distributionRows();
        double[] hr = new double[n * k], hdr = new double[n * k];
        this.modelValues = new double[n * k];
        this.top1Hit = new boolean[n];
        this.failedShare = new double[n];
        for (int r = 0; r < n; r++) {
            System.arraycopy(hv, humanRow[r] * k, hr, r * k, k);
            System.arraycopy(hd, humanRow[r] * k, hdr, r * k, k);
            System.arraycopy(mv, mrow[r] * k, modelValues, r * k, k);
            top1Hit[r] = top1(hv, humanRow[r] * k, mv, mrow[r] * k, k);
            failedShare[r] = model.nFailedRef(mrow[r]) / (double) model.nSamplesRef(mrow[r]);
        }
        PairMetrics.Human h = prepared != null && n == human.n() ? prepared : PairMetrics.prepare(hr, hdr, k);
        this.metrics = PairMetrics.compute(h, modelValues, parallel);
        this.wasserstein = mode.paper() ? Divergences.wassersteinRows(hr, modelValues, k) : null;
        this.humanEntropy = mode.paper() ? Divergences.entropyRowsSmoothed(hr, k, Divergences.ENTROPY_EPSILON_PAPER) : metrics.humanEntropy();
    }

    /** The model's top label (first of ties) is among the labels most raters chose; no hit when no rater chose any. */
    static boolean top1(double[] h, int ho, double[] m, int mo, int k) {
        int top = 0;
        double hmax = h[ho];
        for (int i = 1; i < k; i++) {
            if (m[mo + i] > m[mo + top]) top = i;
            if (h[ho + i] > hmax) hmax = h[ho + i];
        }
        return hmax > 0 && h[ho + top] == hmax;
    }

    public HumanItems human() { return human; }
    public ModelItems model() { return model; }
    /** Number of compared items. */
    public int n() { return humanRow.length; }
    public int humanRow(int r) { return humanRow[r]; }
    public int[] humanRows() { return humanRow.clone(); }
    public double[] modelValues() { return modelValues.clone(); }
    public double[] jsd() { return metrics.jsd(); }
    public double[] kl() { return metrics.kl(); }
    public double[] tv() { return metrics.tv(); }
    public double[] bernoulliJsd() { return metrics.bernoulliJsd(); }
    /** LeWiDi's Manhattan distance Σ|h − m| = 2·TV, in [0, 2]. */
    public double[] manhattan() { return twice(metrics.tv()); }
    /** LeWiDi's cross-entropy −Σ h log2 m' in bits, m' smoothed as for KL. */
    public double[] crossEntropy() { return metrics.crossEntropy(); }

    static double[] twice(double[] v) {
        double[] out = v.clone();
        for (int i = 0; i < out.length; i++) out[i] *= 2;
        return out;
    }
    /** Human entropy in bits: exact (emogap), or of the rater shares + 1e-12 renormalised (paper mode). */
    public double[] humanEntropy() { return humanEntropy.clone(); }
    /** The definitions these metrics follow. */
    public RunMode mode() { return mode; }
    public double[] modelEntropy() { return metrics.modelEntropy(); }
    public boolean[] top1Hit() { return top1Hit.clone(); }
    public double[] failedShare() { return failedShare.clone(); }
    /** Wasserstein over label positions, only in paper mode (null otherwise): alphabetical labels, no meaning. */
    public double[] wassersteinPaper() { return wasserstein == null ? null : wasserstein.clone(); }
    /** Human items this model has no judgment of. */
    public int missing() { return missing; }
    /** Items whose every sample failed (left out of the metrics). */
    public int allFailed() { return allFailed; }
    /** Failed samples / requested samples over the items the model judged. */
    public double failedShareOverall() { return samples == 0 ? 0 : failed / (double) samples; }
    /** Agreement level of compared item r. */
    public String agreement(int r) { return human.agreementRef(humanRow[r]); }

    /** Values of one metric by name: jsd, kl, tv, bernoulli_jsd, manhattan, cross_entropy, human_entropy, model_entropy, top1_hit. */
    public double[] metric(String name) {
        return switch (name) {
            case "jsd" -> jsd();
            case "kl" -> kl();
            case "tv" -> tv();
            case "bernoulli_jsd" -> bernoulliJsd();
            case "manhattan" -> manhattan();
            case "cross_entropy" -> crossEntropy();
            case "human_entropy" -> humanEntropy();
            case "model_entropy" -> modelEntropy();
            case "top1_hit" -> {
                double[] d = new double[top1Hit.length];
                for (int i = 0; i < d.length; i++) d[i] = top1Hit[i] ? 1 : 0;
                yield d;
            }
            default -> throw new IllegalArgumentException("unknown metric '" + name + "'");
        };
    }

    /** Metric values of the items at one agreement level ("all" for every item). */
    public double[] metric(String name, String level) {
        return ByAgreement.select(metric(name), this::agreement, level);
    }
}
