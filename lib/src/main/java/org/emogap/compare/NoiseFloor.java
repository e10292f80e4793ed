package org.emogap.compare;

import org.emogap.data.HumanItems;
import org.emogap.dist.PairMetrics;

import java.util.SplittableRandom;

/**
 * How far humans are from themselves: the reference every model gap is read against.
 * <ul>
 * <li>{@link #splitHalf}: items with 4+ raters; the raters are split at random into two disjoint
 *     halves (⌊n/2⌋ and the rest), the metric is taken between the two halves' rate vectors and
 *     averaged over several splits. Each half has only about n/2 raters, so this floor sits above
 *     what n raters would show: read it as an upper reference.</li>
 * <li>{@link #finiteSample}: every item; n simulated raters each tick label k with probability
 *     r_k, independently (a Bernoulli resample of the same size as the real panel); the metric is
 *     taken between the human rates and the resampled rates, averaged over several draws. It is the
 *     gap a perfect model of the per-label rates would show against n real raters.</li>
 * </ul>
 * Randomness: one generator per item, split in item order from the seeded root.
 */
public final class NoiseFloor {
    public static final String SPLIT_HALF = "split_half", FINITE_SAMPLE = "finite_sample";
    /** Splits (or draws) averaged per item unless told otherwise. */
    public static final int REPEATS = 10;

    private final String name;
    private final HumanItems human;
    private final int[] humanRow;
    private final PairMetrics.Result metrics;

    private NoiseFloor(String name, HumanItems human, int[] humanRow, PairMetrics.Result metrics) {
        this.name = name;
        this.human = human;
        this.humanRow = humanRow;
        this.metrics = metrics;
    }

    public static NoiseFloor splitHalf(HumanItems h, int splits, long seed) {
        int k = h.k();
        int n = 0;
        for (int i = 0; i < h.n(); i++) if (h.nRatersRef(i) >= 4 && h.ratingsRef(i).length > 0) n++;
        int[] rows = new int[n];
        double[] a = new double[n * splits * k], b = new double[n * splits * k];
        SplittableRandom root = new SplittableRandom(seed);
        int q = 0;
        for (int i = 0; i < h.n(); i++) {
            int nr = h.nRatersRef(i);
            byte[] rt = h.ratingsRef(i);
            if (nr < 4 || rt.length == 0) continue;
            SplittableRandom rng = root.split();
            int[] order = new int[nr];
            for (int s = 0; s < splits; s++) {
                for (int j = 0; j < nr; j++) order[j] = j;
                for (int j = nr - 1; j > 0; j--) {
                    int x = rng.nextInt(j + 1), t = order[j];
                    order[j] = order[x];
                    order[x] = t;
                }
                int half = nr / 2, off = (q * splits + s) * k;
                for (int j = 0; j < nr; j++) {
                    double[] side = j < half ? a : b;
                    int base = order[j] * k;
                    for (int c = 0; c < k; c++) side[off + c] += rt[base + c];
                }
                for (int c = 0; c < k; c++) {
                    a[off + c] /= half;
                    b[off + c] /= nr - half;
                }
            }
            rows[q++] = i;
        }
        return new NoiseFloor(SPLIT_HALF, h, rows, average(PairMetrics.compute(PairMetrics.prepare(a, k), b, true), splits));
    }

    public static NoiseFloor finiteSample(HumanItems h, int draws, long seed) {
        int n = h.n();
        int[] nr = new int[n], rows = new int[n];
        for (int i = 0; i < n; i++) {
            nr[i] = h.nRatersRef(i);
            rows[i] = i;
        }
        return new NoiseFloor(FINITE_SAMPLE, h, rows, finiteSampleMetrics(h.ratesRef(), nr, h.k(), draws, seed));
    }

    /**
     * The finite-sample floor's per-item metrics for rate rows of any width {@code k} (the 28 labels,
     * or a coarser grouping of them): per item, {@code draws} panels of its {@code nRaters[i]} raters
     * who each tick a column with the humans' rate, against the humans' rates, averaged.
     */
    public static PairMetrics.Result finiteSampleMetrics(double[] rates, int[] nRaters, int k, int draws, long seed) {
        int n = nRaters.length;
        if (rates.length != n * k) throw new IllegalArgumentException(rates.length + " rates for " + n + " items of " + k);
        double[] hum = new double[n * draws * k], sim = new double[n * draws * k];
        SplittableRandom root = new SplittableRandom(seed);
        for (int i = 0; i < n; i++) {
            SplittableRandom rng = root.split();
            int nr = nRaters[i];
            for (int d = 0; d < draws; d++) {
                int off = (i * draws + d) * k;
                System.arraycopy(rates, i * k, hum, off, k);
                for (int c = 0; c < k; c++) {
                    double p = rates[i * k + c];
                    int hits = 0;
                    for (int r = 0; r < nr; r++) if (rng.nextDouble() < p) hits++;
                    sim[off + c] = hits / (double) nr;
                }
            }
        }
        return average(PairMetrics.compute(PairMetrics.prepare(hum, k), sim, true), draws);
    }

    private static PairMetrics.Result average(PairMetrics.Result r, int reps) {
        double[][] in = {r.jsd(), r.kl(), r.tv(), r.bernoulliJsd(), r.humanEntropy(), r.modelEntropy(), r.crossEntropy()};
        int n = in[0].length / reps;
        double[][] out = new double[in.length][n];
        for (int m = 0; m < in.length; m++) {
            for (int i = 0; i < n; i++) {
                double s = 0;
                for (int d = 0; d < reps; d++) s += in[m][i * reps + d];
                out[m][i] = s / reps;
            }
        }
        return new PairMetrics.Result(out[0], out[1], out[2], out[3], out[4], out[5], out[6]);
    }

    /** {@link #SPLIT_HALF} or {@link #FINITE_SAMPLE}. */
    public String name() { return name; }
    public HumanItems human() { return human; }
    /** Items with a floor value. */
    public int n() { return humanRow.length; }
    public int humanRow(int r) { return humanRow[r]; }
    public String agreement(int r) { return human.agreementRef(humanRow[r]); }

    /** Floor values of jsd, kl, tv, bernoulli_jsd, manhattan or cross_entropy per item (mean over splits or draws). */
    public double[] metric(String metric) {
        return switch (metric) {
            case "jsd" -> metrics.jsd();
            case "kl" -> metrics.kl();
            case "tv" -> metrics.tv();
            case "bernoulli_jsd" -> metrics.bernoulliJsd();
            case "manhattan" -> ItemMetrics.twice(metrics.tv());
            case "cross_entropy" -> metrics.crossEntropy();
            default -> throw new IllegalArgumentException("no noise floor for metric '" + metric + "'");
        };
    }

    /** Floor values of the items at one agreement level ("all" for every item). */
    public double[] metric(String metric, String level) {
        return ByAgreement.select(metric(metric), this::agreement, level);
    }
}
