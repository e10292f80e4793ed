package org.emogap.calibrate;

import org.emogap.dist.Divergences;
import org.emogap.dist.Rows;

import java.util.Locale;

/**
 * The paper's per-label bias correction: subtract the training mean of (model − human) per label,
 * clip at 0, renormalise (a row clipped to all zeros becomes uniform, as everywhere in emogap).
 */
public final class BiasCorrection implements Calibrator {
    private final Targets targets;

    /** Fitted against the normalised human distribution (emogap). */
    public BiasCorrection() {
        this(Targets.NORMALISED);
    }

    /** Fitted against the given targets ({@link Targets#RAW_SHARES} in paper mode). */
    public BiasCorrection(Targets targets) {
        this.targets = java.util.Objects.requireNonNull(targets, "targets");
    }

    @Override public String name() { return "bias"; }

    @Override public Fit fit(double[] model, double[] human, int k) {
        double[][] mh = targets.pair(model, human, k);
        double[] mm = Rows.columnMeans(mh[0], k), hm = Rows.columnMeans(mh[1], k);
        double[] bias = new double[k];
        for (int j = 0; j < k; j++) bias[j] = mm[j] - hm[j];
        return new Fit(bias);
    }

    /** Fitted per-label biases (model − human), subtracted on apply. */
    public record Fit(double[] bias) implements Calibrator.Fitted {
        public Fit {
            bias = bias.clone();
            for (double b : bias) if (!Double.isFinite(b)) throw new IllegalArgumentException("bias " + b + " is not finite");
        }

        @Override public double[] bias() { return bias.clone(); }

        @Override public double[] apply(double[] model) {
            int k = bias.length;
            Rows.checkK(model, k, k);
            double[] m = Divergences.normalizeRows(model, k);
            for (int i = 0; i < m.length; i++) m[i] = Math.max(0, m[i] - bias[i % k]);
            return Divergences.normalizeRows(m, k);
        }

        @Override public String parameters() {
            double max = 0;
            for (double b : bias) max = Math.max(max, Math.abs(b));
            return String.format(Locale.ROOT, "max|bias|=%.4f", max);
        }
    }
}
