package org.emogap.compare;

import org.emogap.RunMode;
import org.emogap.stats.Bootstrap;
import org.emogap.stats.Correlations;
import org.emogap.stats.Descriptive;
import org.emogap.stats.Ks;

/**
 * The EmoBank statistics of one dimension, human mean vs model mean per text, assembled from the
 * one implementation of each quantity in {@code stats}: correlations (NaN below 3 texts or with a
 * constant side), their bootstrap CIs, MAE, RMSE, the KS test (NaN below 2 texts per side) and
 * the SDs of both sets of means.
 */
public final class VadStats {
    /** Bootstrap resamples, as everywhere ({@link Bootstrap#RESAMPLES}). */
    public static final int RESAMPLES = Bootstrap.RESAMPLES;

    private VadStats() {}

    /** All statistics of {@link VadComparison} with {@value #RESAMPLES} bootstrap resamples. */
    public static VadComparison compare(double[] human, double[] model, long seed) {
        return compare(human, model, RESAMPLES, seed);
    }

    /**
     * All statistics of {@link VadComparison}; the CIs are percentile intervals over
     * {@code resamples} resamples of the texts drawn with {@code seed}.
     */
    public static VadComparison compare(double[] human, double[] model, int resamples, long seed) {
        return compare(human, model, resamples, seed, RunMode.EMOGAP);
    }

    /** As above; the paper mode's KS p-value is SciPy's default ({@link Ks#testScipy}). */
    public static VadComparison compare(double[] human, double[] model, int resamples, long seed, RunMode mode) {
        Descriptive.checkPaired(human, model);
        int n = human.length;
        Bootstrap.CorrelationIntervals ci = Bootstrap.correlationCis(human, model, resamples, seed);
        Ks.Result ks = n < 2 ? null : mode.paper() ? Ks.testScipy(human, model) : Ks.test(human, model);
        double sdModel = Descriptive.sd(model), sdHuman = Descriptive.sd(human);
        return VadComparison.builder(n)
                .pearson(Correlations.pearson(human, model).r(), ci.pearsonLow(), ci.pearsonHigh())
                .spearman(Correlations.spearman(human, model).r(), ci.spearmanLow(), ci.spearmanHigh())
                .errors(Descriptive.mae(human, model), Descriptive.rmse(human, model))
                .ks(ks == null ? Double.NaN : ks.d(), ks == null ? Double.NaN : ks.p())
                .sds(sdModel, sdHuman)
                .build();
    }
}
