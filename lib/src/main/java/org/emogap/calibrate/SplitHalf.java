package org.emogap.calibrate;

import org.emogap.dist.Divergences;

import java.util.List;
import java.util.Random;

/**
 * A plain human-vs-human reference for calibration: the JSD between the label distributions of two
 * random disjoint halves of an item's raters (sizes ⌊n/2⌋ and ⌈n/2⌉), averaged over items and
 * repetitions. Each half has half the raters, so this floor is above what a perfect model could
 * reach against all raters; it says how far apart humans themselves are. (A fuller noise floor
 * belongs to org.emogap.compare; this one keeps the calibration notebook self-contained.)
 */
public final class SplitHalf {
    private SplitHalf() {}

    /**
     * Per item, the split-half JSD averaged over {@code reps} random splits; NaN for items with fewer
     * than 2 raters.
     *
     * @param ratings per item, row-major nRaters×k of 0/1 (GoComment.ratings())
     */
    public static double[] jsd(List<byte[]> ratings, int k, int reps, long seed) {
        Random rnd = new Random(seed);
        double[] out = new double[ratings.size()];
        for (int i = 0; i < out.length; i++) {
            byte[] r = ratings.get(i);
            if (r.length % k != 0) throw new IllegalArgumentException("item " + i + ": " + r.length + " ratings are not rows of " + k);
            int n = r.length / k;
            if (n < 2) {
                out[i] = Double.NaN;
                continue;
            }
            int[] order = java.util.stream.IntStream.range(0, n).toArray();
            double s = 0;
            for (int rep = 0; rep < reps; rep++) {
                for (int a = n - 1; a > 0; a--) {
                    int b = rnd.nextInt(a + 1);
                    int t = order[a]; order[a] = order[b]; order[b] = t;
                }
                double[] x = new double[k], y = new double[k];
                for (int a = 0; a < n; a++) {
                    double[] half = a < n / 2 ? x : y;
                    for (int j = 0; j < k; j++) half[j] += r[order[a] * k + j];
                }
                s += Divergences.jsd(x, y);
            }
            out[i] = s / reps;
        }
        return out;
    }
}
