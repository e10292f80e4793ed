package org.emogap.stats;

/**
 * Multi-label classification metrics: label sets from a distribution, F1 per label, micro and
 * macro F1 against gold label sets, and the majority-label baseline. The one zero-division rule:
 * a label with no gold and no predicted positive (2TP + FP + FN = 0) has undefined F1 (NaN) and
 * is left out of the macro average, as scikit-learn's {@code f1_score(average="macro",
 * zero_division=np.nan)}; a label that is gold or predicted somewhere but never both counts 0.
 * Micro F1 with no positive anywhere, and macro F1 with no defined label, are NaN.
 */
public final class Classification {
    private Classification() {}

    /** Labels with probability ≥ threshold, and always the top label (an item has at least one). */
    public static boolean[] labelsAbove(double[] p, double threshold) {
        boolean[] out = new boolean[p.length];
        int top = 0;
        for (int k = 0; k < p.length; k++) {
            out[k] = p[k] >= threshold;
            if (p[k] > p[top]) top = k;
        }
        out[top] = true;
        return out;
    }

    public static boolean[][] labelsAbove(double[][] p, double threshold) {
        boolean[][] out = new boolean[p.length][];
        for (int i = 0; i < p.length; i++) out[i] = labelsAbove(p[i], threshold);
        return out;
    }

    /** Gold label indices as a multi-hot matrix. */
    public static boolean[][] multiHot(int[][] labels, int k) {
        boolean[][] out = new boolean[labels.length][k];
        for (int i = 0; i < labels.length; i++) {
            for (int l : labels[i]) {
                if (l < 0 || l >= k) throw new IllegalArgumentException("item " + i + " has label index " + l + ", expected 0.." + (k - 1));
                out[i][l] = true;
            }
        }
        return out;
    }

    /** Per-label counts of true positives, false positives and false negatives. */
    public record Counts(long[] tp, long[] fp, long[] fn) {
        public Counts {
            if (tp.length != fp.length || tp.length != fn.length) throw new IllegalArgumentException("count arrays differ in length");
            tp = tp.clone();
            fp = fp.clone();
            fn = fn.clone();
        }

        public static Counts of(boolean[][] predicted, boolean[][] gold) {
            if (predicted.length != gold.length || gold.length == 0) {
                throw new IllegalArgumentException(predicted.length + " predictions for " + gold.length + " items");
            }
            int k = gold[0].length;
            long[] tp = new long[k], fp = new long[k], fn = new long[k];
            for (int i = 0; i < gold.length; i++) {
                if (predicted[i].length != k || gold[i].length != k) {
                    throw new IllegalArgumentException("item " + i + " has " + predicted[i].length + " predicted and " + gold[i].length + " gold labels, expected " + k);
                }
                for (int c = 0; c < k; c++) {
                    if (predicted[i][c] && gold[i][c]) tp[c]++;
                    else if (predicted[i][c]) fp[c]++;
                    else if (gold[i][c]) fn[c]++;
                }
            }
            return new Counts(tp, fp, fn);
        }

        public int k() { return tp.length; }

        /** F1 of each label, NaN where undefined (see the class comment). */
        public double[] perLabelF1() {
            double[] f = new double[tp.length];
            for (int c = 0; c < f.length; c++) f[c] = f1(tp[c], fp[c], fn[c]);
            return f;
        }

        /** Mean F1 over the labels where it is defined; NaN when none is. */
        public double macroF1() {
            double sum = 0;
            int defined = 0;
            for (double f : perLabelF1()) {
                if (!Double.isNaN(f)) {
                    sum += f;
                    defined++;
                }
            }
            return defined == 0 ? Double.NaN : sum / defined;
        }

        /** Labels whose F1 is defined. */
        public int definedLabels() {
            int d = 0;
            for (double f : perLabelF1()) if (!Double.isNaN(f)) d++;
            return d;
        }

        /** F1 of all labels' counts pooled; NaN with no positive anywhere. */
        public double microF1() {
            long t = 0, p = 0, n = 0;
            for (int c = 0; c < tp.length; c++) {
                t += tp[c];
                p += fp[c];
                n += fn[c];
            }
            return f1(t, p, n);
        }
    }

    /** 2TP / (2TP + FP + FN), NaN when the denominator is 0. */
    public static double f1(long tp, long fp, long fn) {
        long d = 2 * tp + fp + fn;
        return d == 0 ? Double.NaN : 2.0 * tp / d;
    }

    /** Macro F1 under the class's zero-division rule. */
    public static double macroF1(boolean[][] predicted, boolean[][] gold) {
        return Counts.of(predicted, gold).macroF1();
    }

    /** The label most often gold in the training labels (ties: lowest index). */
    public static int majorityLabel(boolean[][] trainGold) {
        int k = trainGold[0].length;
        long[] count = new long[k];
        for (boolean[] row : trainGold) for (int c = 0; c < k; c++) if (row[c]) count[c]++;
        int best = 0;
        for (int c = 1; c < k; c++) if (count[c] > count[best]) best = c;
        return best;
    }

    /** Every item gets the one label. */
    public static boolean[][] constant(int items, int k, int label) {
        boolean[][] out = new boolean[items][k];
        for (boolean[] row : out) row[label] = true;
        return out;
    }

    /** The threshold of {@code grid} with the best macro-F1 (on dev data, never on test). */
    public static double bestThreshold(double[][] p, boolean[][] gold, double[] grid) {
        double best = grid[0], bestF1 = -1;
        for (double t : grid) {
            double f1 = macroF1(labelsAbove(p, t), gold);
            if (f1 > bestF1) {
                bestF1 = f1;
                best = t;
            }
        }
        return best;
    }

    /** Threshold candidates 0.05, 0.10, …, 0.50. */
    public static double[] thresholdGrid() {
        double[] g = new double[10];
        for (int i = 0; i < g.length; i++) g[i] = 0.05 * (i + 1);
        return g;
    }
}
