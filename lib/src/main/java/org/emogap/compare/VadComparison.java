package org.emogap.compare;

/**
 * Agreement between human means and model means of one VAD dimension over a set of texts: the
 * paper's EmoBank statistics plus bootstrap CIs of both correlations.
 * Built by name with {@link #builder(int)}; the canonical constructor is the record's own.
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
 * @param ksP          its p-value ({@link org.emogap.stats.Ks})
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

    /** This comparison with other SDs (and their ratio), e.g. the paper mode's. */
    public VadComparison withSds(double sdModel, double sdHuman) {
        return new VadComparison(n, pearson, pearsonLow, pearsonHigh, spearman, spearmanLow, spearmanHigh, mae, rmse, ksStat, ksP,
                sdModel, sdHuman, sdModel / sdHuman);
    }

    /** A builder for the comparison of {@code n} texts; every part not set stays NaN. */
    public static Builder builder(int n) {
        return new Builder(n);
    }

    /** Sets the parts of a {@link VadComparison} by name. */
    public static final class Builder {
        private final int n;
        private double pearson = Double.NaN, pearsonLow = Double.NaN, pearsonHigh = Double.NaN;
        private double spearman = Double.NaN, spearmanLow = Double.NaN, spearmanHigh = Double.NaN;
        private double mae = Double.NaN, rmse = Double.NaN, ksStat = Double.NaN, ksP = Double.NaN;
        private double sdModel = Double.NaN, sdHuman = Double.NaN;

        private Builder(int n) { this.n = n; }

        public Builder pearson(double r, double low, double high) {
            pearson = r;
            pearsonLow = low;
            pearsonHigh = high;
            return this;
        }

        public Builder spearman(double rho, double low, double high) {
            spearman = rho;
            spearmanLow = low;
            spearmanHigh = high;
            return this;
        }

        public Builder errors(double mae, double rmse) {
            this.mae = mae;
            this.rmse = rmse;
            return this;
        }

        public Builder ks(double d, double p) {
            ksStat = d;
            ksP = p;
            return this;
        }

        /** The two SDs; compression is their ratio. */
        public Builder sds(double model, double human) {
            sdModel = model;
            sdHuman = human;
            return this;
        }

        public VadComparison build() {
            return new VadComparison(n, pearson, pearsonLow, pearsonHigh, spearman, spearmanLow, spearmanHigh,
                    mae, rmse, ksStat, ksP, sdModel, sdHuman, sdModel / sdHuman);
        }
    }
}
