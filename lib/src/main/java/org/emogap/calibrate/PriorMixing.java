package org.emogap.calibrate;

import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import org.emogap.dist.Divergences;
import org.emogap.dist.Rows;

import java.util.Locale;

/**
 * Beyond the paper: mixes the model distribution with the training prior (mean human distribution),
 * (1 − λ)·m + λ·prior, with λ in [0, 1] minimising the mean training JSD. It adds the human spread a
 * sharp model lacks without reordering its labels.
 */
public final class PriorMixing implements Calibrator {
    @Override public String name() { return "prior_mix"; }

    @Override public Fit fit(double[] model, double[] human, int k) {
        double[][] mh = Rows.normalizedPair(model, human, k);
        double[] prior = Rows.columnMeans(mh[1], k);
        double lambda = new BrentOptimizer(1e-10, 1e-6).optimize(new MaxEval(500),
                new UnivariateObjectiveFunction(l -> Rows.meanJsd(mix(mh[0], prior, l), mh[1], k)),
                GoalType.MINIMIZE, new SearchInterval(0, 1)).getPoint();
        return new Fit(lambda, prior);
    }

    static double[] mix(double[] normalized, double[] prior, double lambda) {
        int k = prior.length;
        double[] out = new double[normalized.length];
        for (int i = 0; i < out.length; i++) out[i] = (1 - lambda) * normalized[i] + lambda * prior[i % k];
        return out;
    }

    /** The fitted weight λ and prior. */
    public record Fit(double lambda, double[] prior) implements Calibrator.Fitted {
        public Fit {
            if (!(lambda >= 0 && lambda <= 1)) throw new IllegalArgumentException("lambda " + lambda + " is outside [0, 1]");
            prior = prior.clone();
        }

        @Override public double[] prior() { return prior.clone(); }

        @Override public double[] apply(double[] model) {
            Rows.checkK(model, prior.length, prior.length);
            return mix(Divergences.normalizeRows(model, prior.length), prior, lambda);
        }

        @Override public String parameters() { return String.format(Locale.ROOT, "lambda=%.3f", lambda); }
    }
}
