package org.emogap.stats;

/**
 * Agreement between human means and model means of one VAD dimension over a set of texts: the
 * paper's EmoBank statistics plus bootstrap CIs of both correlations.
 *
 * @param n            texts compared
 * @param pearson      Pearson r of human vs model mean
 * @param pearsonLow   bootstrap 2.5th percentile of r (NaN when it cannot be estimated)
 * @param pearsonHigh  bootstrap 97.5th percentile of r
 * @param spearman     Spearman ρ (average ranks for ties)
 * @param spearmanLow  bootstrap 2.5th percentile of ρ
 * @param spearmanHigh bootstrap 97.5th percentile of ρ
 * @param mae          mean absolute error (model − human)
 * @param rmse         root mean squared error
 * @param ksStat       two-sample Kolmogorov–Smirnov D between the two sets of means
 * @param ksP          its p-value (Commons Math)
 * @param sdModel      SD of the model means (ddof = 1)
 * @param sdHuman      SD of the human means (ddof = 1)
 * @param compression  sdModel / sdHuman: below 1 the model squeezes the scale toward the middle
 */
public record VadComparison(int n, double pearson, double pearsonLow, double pearsonHigh,
                            double spearman, double spearmanLow, double spearmanHigh,
                            double mae, double rmse, double ksStat, double ksP,
                            double sdModel, double sdHuman, double compression) {
    public VadComparison {
        if (n < 0) throw new IllegalArgumentException("n is " + n);
        if (mae < 0 || rmse < 0) throw new IllegalArgumentException("mae " + mae + " / rmse " + rmse + " is negative");
    }
}
