package org.emogap.dist;

import java.util.List;

/** Row-major n×k matrix helpers: row selection, column means, normalised pairs, the mean of a vector. */
public final class Rows {
    private Rows() {}

    /** Normalised copies of both matrices after checking they have the same shape. */
    public static double[][] normalizedPair(double[] model, double[] human, int k) {
        checkPair(model, human, k);
        return new double[][]{normalizedOrSame(model, k), normalizedOrSame(human, k)};
    }

    private static void checkPair(double[] model, double[] human, int k) {
        if (model.length != human.length) {
            throw new IllegalArgumentException("model has " + model.length / Math.max(k, 1) + " rows, human has "
                    + human.length / Math.max(k, 1) + " (k=" + k + ")");
        }
        if (model.length == 0) throw new IllegalArgumentException("no training items");
    }

    /**
     * The paper's calibration targets: the model rows normalised, the human rows kept as the raw
     * per-label rater shares (each checked to lie in [0, 1]), shapes checked as above.
     */
    public static double[][] normalizedModelRawHuman(double[] model, double[] human, int k) {
        checkPair(model, human, k);
        Divergences.checkMatrix(human, k);
        Divergences.checkRates(human, 0, human.length);
        return new double[][]{normalizedOrSame(model, k), human};
    }

    /**
     * The matrix itself when every row is already a distribution (finite, ≥ 0, sum within 1e-12 of 1;
     * cross-validation passes normalised rows, and callers never write into the result), else a
     * normalised copy. Saves a copy of every training matrix per fit.
     */
    public static double[] normalizedOrSame(double[] m, int k) {
        if (k < 1 || m.length % k != 0) return Divergences.normalizeRows(m, k); // refuses with its message
        for (int off = 0; off < m.length; off += k) {
            double s = 0;
            for (int i = off; i < off + k; i++) {
                double v = m[i];
                if (!(v >= 0 && v <= 1)) return Divergences.normalizeRows(m, k);
                s += v;
            }
            if (Math.abs(s - 1) > 1e-12) return Divergences.normalizeRows(m, k);
        }
        return m;
    }

    /** The rows {@code idx} of an n×k matrix, in that order. */
    public static double[] select(double[] m, int k, int[] idx) {
        double[] out = new double[idx.length * k];
        for (int i = 0; i < idx.length; i++) System.arraycopy(m, idx[i] * k, out, i * k, k);
        return out;
    }

    /** Writes the rows {@code src} (in order) into rows {@code idx} of {@code dst}. */
    public static void scatter(double[] src, int k, int[] idx, double[] dst) {
        for (int i = 0; i < idx.length; i++) System.arraycopy(src, i * k, dst, idx[i] * k, k);
    }

    public static void checkK(double[] m, int k, int expectedK) {
        if (k != expectedK) throw new IllegalArgumentException("fitted on " + expectedK + " labels, applied with k=" + k);
        if (m.length % k != 0) throw new IllegalArgumentException(m.length + " values are not rows of " + k);
    }

    /** Column means of an n×k matrix. */
    public static double[] columnMeans(double[] m, int k) {
        double[] mean = new double[k];
        int n = m.length / k;
        for (int r = 0; r < n; r++) for (int j = 0; j < k; j++) mean[j] += m[r * k + j];
        for (int j = 0; j < k; j++) mean[j] /= n;
        return mean;
    }

    /** Mean of a vector. */
    /**
     * The indexes with the largest value in any of {@code rows} (vectors of one length), at most
     * {@code n}, largest first (ties by index); indexes that are 0 in every row are left out.
     */
    public static List<Integer> topIndexes(int n, double[]... rows) {
        int k = rows[0].length;
        double[] best = new double[k];
        for (double[] r : rows) {
            if (r.length != k) throw new IllegalArgumentException("rows of " + r.length + " and " + k + " values");
            for (int j = 0; j < k; j++) best[j] = Math.max(best[j], r[j]);
        }
        return java.util.stream.IntStream.range(0, k).boxed().filter(j -> best[j] > 0)
                .sorted(java.util.Comparator.comparingDouble((Integer j) -> -best[j])).limit(n).toList();
    }

    /** The index of the largest value; on a tie the first such index. */
    public static int argmax(double[] v) {
        int b = 0;
        for (int i = 1; i < v.length; i++) if (v[i] > v[b]) b = i;
        return b;
    }

    public static double mean(double[] v) {
        double s = 0;
        for (double x : v) s += x;
        return s / v.length;
    }

    /** Mean JSD of the row pairs (both normalised inside). */
    public static double meanJsd(double[] p, double[] q, int k) {
        return mean(Divergences.jsdRows(p, q, k));
    }
}
