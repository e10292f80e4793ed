package org.emogap.whatif;

import org.emogap.data.Agreement;
import org.emogap.data.GoComment;
import org.emogap.data.GoEmotions;
import org.emogap.judgment.Judgment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Test fixtures (retired from the notebooks, where the simulated LLM shows sampled behaviour on
 * real data): synthetic humans who tick one to three labels each from an item's preference (one
 * clear label, a main label with others, or spread thin), and an over-confident, biased annotator
 * sampled 40 times from a sharpened version of that preference.
 */
public final class SyntheticJudgments {
    private SyntheticJudgments() {}

    /** Human rates of n items (3–5 raters each) as row-major n×k, and each item's agreement level. */
    public record Humans(double[] rates, String[] agreement, int k) {
        public Humans {
            rates = rates.clone();
            agreement = agreement.clone();
        }

        @Override public double[] rates() { return rates.clone(); }

        @Override public String[] agreement() { return agreement.clone(); }
    }

    public static Humans humans(int n, int k, long seed) {
        Random rnd = new Random(seed);
        double[] rates = new double[n * k];
        String[] agreement = new String[n];
        for (int i = 0; i < n; i++) {
            double[] pref = preference(k, rnd, i);
            int raters = 3 + rnd.nextInt(3);
            for (int r = 0; r < raters; r++) {
                boolean[] ticked = new boolean[k];
                int labels = i % 3 == 1 ? 1 + rnd.nextInt(3) : 1;
                for (int l = 0; l < labels; l++) ticked[pick(pref, rnd)] = true;
                for (int j = 0; j < k; j++) if (ticked[j]) rates[i * k + j] += 1.0 / raters;
            }
            int[] votes = new int[k];
            for (int j = 0; j < k; j++) votes[j] = (int) Math.round(rates[i * k + j] * raters);
            agreement[i] = Agreement.of(votes, raters).label();
        }
        return new Humans(rates, agreement, k);
    }

    /** An over-confident annotator: 40 samples per item of one label from softmax((log(h + 0.02) + bias + noise) / 0.4). */
    public static double[] overconfident(double[] human, int k, long seed) {
        Random rnd = new Random(seed);
        double[] bias = new double[k];
        for (int j = 0; j < k; j++) bias[j] = 0.5 * rnd.nextGaussian();
        double[] h = org.emogap.dist.Divergences.normalizeRows(human, k), out = new double[h.length];
        double[] p = new double[k];
        for (int off = 0; off < h.length; off += k) {
            double max = Double.NEGATIVE_INFINITY, z = 0;
            for (int j = 0; j < k; j++) max = Math.max(max, p[j] = (Math.log(h[off + j] + 0.02) + bias[j] + 0.3 * rnd.nextGaussian()) / 0.4);
            for (int j = 0; j < k; j++) z += (p[j] = Math.exp(p[j] - max));
            for (int j = 0; j < k; j++) p[j] /= z;
            for (int s = 0; s < 40; s++) out[off + pick(p, rnd)] += 1 / 40.0;
        }
        return out;
    }

    /** The name every synthetic demonstration carries in tables. */
    public static final String DEMO_KIND = "synthetic";

    /**
     * n synthetic GoEmotions comments (ids "synthetic-i", 3–5 raters each, 28 labels).
     */
    public static List<GoComment> comments(int n, long seed) {
        int k = GoEmotions.K;
        Random rnd = new Random(seed);
        List<GoComment> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double[] pref = preference(k, rnd, i);
            int raters = 3 + rnd.nextInt(3);
            byte[] ratings = new byte[raters * k];
            String[] ids = new String[raters];
            for (int r = 0; r < raters; r++) {
                ids[r] = "synthetic-rater-" + r;
                int labels = i % 3 == 1 ? 1 + rnd.nextInt(3) : 1;
                for (int l = 0; l < labels; l++) ratings[r * k + pick(pref, rnd)] = 1;
            }
            out.add(new GoComment("synthetic-" + i, "(synthetic comment " + i + ")", ids, new boolean[raters], ratings));
        }
        return out;
    }

    /** The demo LLM's name in tables. */
    public static final String DEMO_LLM = "synthetic-llm (demo)";

    /**
     * Judgments of a simulated LLM: at temperatures 0, 0.3, 0.7 and 1, ten samples per item, each
     * sample one label (sometimes two) from softmax((log(h + 0.02) + bias + noise) / (0.25 + 0.5·T)),
     * h the item's human distribution — over-confident and biased, sharper when colder.
     */
    public static List<Judgment> llmJudgments(List<GoComment> items, long seed) {
        int k = GoEmotions.K;
        Random rnd = new Random(seed);
        double[] bias = new double[k];
        for (int j = 0; j < k; j++) bias[j] = 0.5 * rnd.nextGaussian();
        List<Judgment> out = new ArrayList<>();
        double[] p = new double[k];
        for (GoComment c : items) {
            double[] h = c.distribution(), noise = new double[k];
            for (int j = 0; j < k; j++) noise[j] = 0.3 * rnd.nextGaussian();
            for (double t : new double[]{0.0, 0.3, 0.7, 1.0}) {
                double max = Double.NEGATIVE_INFINITY, z = 0, sharp = 0.25 + 0.5 * t;
                for (int j = 0; j < k; j++) max = Math.max(max, p[j] = (Math.log(h[j] + 0.02) + bias[j] + noise[j]) / sharp);
                for (int j = 0; j < k; j++) z += (p[j] = Math.exp(p[j] - max));
                double[][] samples = new double[10][k];
                double[] mean = new double[k];
                for (double[] s : samples) {
                    s[pick(p, rnd)] = 1;
                    if (rnd.nextDouble() < 0.2) s[pick(p, rnd)] = 1;
                    for (int j = 0; j < k; j++) mean[j] += s[j] / samples.length;
                }
                out.add(new Judgment("goemotions", DEMO_LLM, DEMO_KIND, t, c.id(), "rates", mean, samples, 10, 0, false,
                        Map.of("source", "SyntheticJudgments.llmJudgments", "seed", Long.toString(seed))));
            }
        }
        return out;
    }

    private static double[] preference(int k, Random rnd, int item) {
        // a third of the items with one clear label, a third with a main label and others, a third spread thin
        double[] p = new double[k];
        int type = item % 3;
        if (type == 2) {
            for (int e = 0; e < 12; e++) p[rnd.nextInt(k)] = 1;
            return p;
        }
        p[rnd.nextInt(k)] = 1;
        if (type == 0) {
            p[rnd.nextInt(k)] += 0.05;
            return p;
        }
        for (int e = 0; e < 2; e++) p[rnd.nextInt(k)] += 0.3 + 0.7 * rnd.nextDouble();
        return p;
    }

    private static int pick(double[] w, Random rnd) {
        double s = 0;
        for (double x : w) s += x;
        double u = rnd.nextDouble() * s, c = 0;
        for (int j = 0; j < w.length; j++) {
            c += w[j];
            if (u < c) return j;
        }
        return w.length - 1;
    }
}
