package org.emogap.stats;

import java.util.Arrays;

/** Effect sizes between two independent groups. */
public final class EffectSizes {
    private EffectSizes() {}

    /**
     * Cohen's d: (mean x − mean y) / pooled SD with n − 1 in each group's variance; NaN when the
     * pooled SD is 0 up to rounding (two constant groups: the difference has no scale).
     */
    public static double cohensD(double[] x, double[] y) {
        if (x.length < 2 || y.length < 2) throw new IllegalArgumentException("Cohen's d needs 2+ values per group, got " + x.length + " and " + y.length);
        double mx = Descriptive.mean(x), my = Descriptive.mean(y), sx = 0, sy = 0;
        for (double v : x) sx += (v - mx) * (v - mx);
        for (double v : y) sy += (v - my) * (v - my);
        double pooled = Math.sqrt((sx + sy) / (x.length + y.length - 2));
        if (pooled <= 1e-12 * Math.max(1, Math.max(Math.abs(mx), Math.abs(my)))) return Double.NaN;
        return (mx - my) / pooled;
    }

    /**
     * Cliff's δ = P(x > y) − P(x < y) over all pairs, in [−1, 1]. Counted by binary search in the
     * sorted y, O((n + m) log m) rather than the n·m of pairwise comparison.
     */
    public static double cliffsDelta(double[] x, double[] y) {
        if (x.length == 0 || y.length == 0) throw new IllegalArgumentException("Cliff's delta needs values in both groups");
        double[] ys = y.clone();
        Arrays.sort(ys);
        long greater = 0, less = 0;
        for (double v : x) {
            int below = lowerBound(ys, v);           // y < v
            int notAbove = upperBound(ys, v);        // y <= v
            greater += below;
            less += ys.length - notAbove;
        }
        return (greater - less) / ((double) x.length * y.length);
    }

    private static int lowerBound(double[] a, double v) {
        int lo = 0, hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < v) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    private static int upperBound(double[] a, double v) {
        int lo = 0, hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] <= v) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
