package org.emogap.calibrate;

import org.emogap.dist.Divergences;
import org.emogap.dist.Rows;
import org.emogap.stats.Isotonic;

import java.util.Locale;

/**
 * The paper's per-label isotonic regression: for each label, a non-decreasing map from the model's
 * probability of that label to the human probability (fitted values clipped to [0, 1]), applied per
 * label and the row renormalised.
 */
public final class IsotonicCalibration implements Calibrator {
    private final Targets targets;

    /** Fitted against the normalised human distribution (emogap). */
    public IsotonicCalibration() {
        this(Targets.NORMALISED);
    }

    /** Fitted against the given targets ({@link Targets#RAW_SHARES} in paper mode). */
    public IsotonicCalibration(Targets targets) {
        this.targets = java.util.Objects.requireNonNull(targets, "targets");
    }

    @Override public String name() { return "isotonic"; }

    @Override public Fit fit(double[] model, double[] human, int k) {
        double[][] mh = targets.pair(model, human, k);
        int n = mh[0].length / k;
        Isotonic[] maps = new Isotonic[k];
        double[] x = new double[n], y = new double[n];
        for (int j = 0; j < k; j++) {
            for (int r = 0; r < n; r++) {
                x[r] = mh[0][r * k + j];
                y[r] = mh[1][r * k + j];
            }
            maps[j] = Isotonic.fit(x, y, 0, 1);
        }
        return new Fit(maps);
    }

    /** One fitted isotonic map per label. */
    public static final class Fit implements Calibrator.Fitted {
        private final Isotonic[] maps;

        Fit(Isotonic[] maps) { this.maps = maps.clone(); }

        public Isotonic map(int label) { return maps[label]; }

        @Override public double[] apply(double[] model) {
            int k = maps.length;
            Rows.checkK(model, k, k);
            double[] m = Divergences.normalizeRows(model, k);
            for (int i = 0; i < m.length; i++) m[i] = maps[i % k].predict(m[i]);
            return Divergences.normalizeRows(m, k);
        }

        @Override public String parameters() {
            int knots = 0;
            for (Isotonic f : maps) knots += f.knotsX().length;
            return String.format(Locale.ROOT, "%d labels, %.1f knots/label", maps.length, (double) knots / maps.length);
        }
    }
}
