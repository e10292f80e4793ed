package org.emogap.encoder;

/**
 * Label-side checks of a head that outputs a distribution over labels: turning it into a label
 * set, macro-F1 against gold label sets, and the majority-label baseline. (The full comparison
 * tables live in {@code compare}; a head needs these before that layer, to pick its threshold.)
 */
public final class LabelMetrics {
    private LabelMetrics() {}

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

    /**
     * Macro-F1 over all k labels: the mean of per-label F1 = 2TP / (2TP + FP + FN); a label nobody
     * predicted and nobody had counts as F1 = 0 (the scikit-learn default, zero_division=0).
     */
    public static double macroF1(boolean[][] predicted, boolean[][] gold) {
        if (predicted.length != gold.length || gold.length == 0) {
            throw new IllegalArgumentException(predicted.length + " predictions for " + gold.length + " items");
        }
        int k = gold[0].length;
        double sum = 0;
        for (int c = 0; c < k; c++) {
            long tp = 0, fp = 0, fn = 0;
            for (int i = 0; i < gold.length; i++) {
                if (predicted[i][c] && gold[i][c]) tp++;
                else if (predicted[i][c]) fp++;
                else if (gold[i][c]) fn++;
            }
            sum += tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
        }
        return sum / k;
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
