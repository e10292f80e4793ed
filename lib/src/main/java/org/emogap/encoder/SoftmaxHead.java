package org.emogap.encoder;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

import java.util.Arrays;

/**
 * A softmax (multinomial logistic) layer on frozen embeddings, trained on soft targets: each
 * training row's target is a distribution over the labels (GoEmotions train split: the labels
 * chosen by 2+ raters, equally weighted; or the human rates where per-rater data exists). Loss:
 * mean cross-entropy H(target, softmax(W z + b)) + λ/2 ‖W‖², with z the input standardised by the
 * training mean and SD of each feature. The output is a distribution over the labels.
 *
 * <p>Trained with Adam on seeded mini-batches and a linearly decaying step. Written here because
 * Commons Math 3 offers only full-batch non-linear CG/BOBYQA, whose line searches need ~10 passes
 * over the 43k × 384 training matrix per step (minutes per fit); a few mini-batch epochs reach the
 * same convex optimum region in seconds. Single-threaded, so the same inputs and seed give the same
 * weights bit for bit.
 */
public final class SoftmaxHead {
    /** Training settings; {@link #defaults} is what the project uses. */
    public record Options(int epochs, int batch, double learningRate, long seed) {
        public Options {
            if (epochs < 1 || batch < 1 || !(learningRate > 0)) {
                throw new IllegalArgumentException("epochs " + epochs + ", batch " + batch + ", learning rate " + learningRate);
            }
        }

        public static Options defaults(long seed) {
            return new Options(8, 64, 0.005, seed);
        }
    }

    /** The chosen head, the λ grid and the dev cross-entropy of each λ. */
    public record Selection(SoftmaxHead head, double[] grid, double[] devLoss) {
        public Selection {
            grid = grid.clone();
            devLoss = devLoss.clone();
        }
    }

    /** The default λ grid. */
    public static final double[] GRID = {1e-4, 1e-3, 1e-2, 1e-1, 1};

    private final double[] mean;
    private final double[] sd;
    private final double[][] w; // [label][feature]
    private final double[] b;
    private final double lambda;

    private SoftmaxHead(double[] mean, double[] sd, double[][] w, double[] b, double lambda) {
        this.mean = mean;
        this.sd = sd;
        this.w = w;
        this.b = b;
        this.lambda = lambda;
    }

    public double lambda() {
        return lambda;
    }

    public int labels() {
        return b.length;
    }

    public static SoftmaxHead fit(float[][] x, double[][] targets, double lambda, Options opt) {
        int n = x.length;
        if (n == 0 || targets.length != n) throw new IllegalArgumentException(n + " inputs but " + targets.length + " targets");
        if (!(lambda >= 0)) throw new IllegalArgumentException("lambda is " + lambda);
        int d = x[0].length, k = targets[0].length;
        for (int i = 0; i < n; i++) {
            if (x[i].length != d) throw new IllegalArgumentException("row " + i + " has " + x[i].length + " features, row 0 has " + d);
            double s = 0;
            for (double t : targets[i]) {
                if (!(t >= 0)) throw new IllegalArgumentException("target " + i + " has entry " + t);
                s += t;
            }
            if (targets[i].length != k || Math.abs(s - 1) > 1e-6) {
                throw new IllegalArgumentException("target " + i + " is not a distribution over " + k + " labels (sum " + s + ")");
            }
        }
        double[] mean = new double[d], sd = new double[d];
        for (float[] r : x) for (int j = 0; j < d; j++) mean[j] += r[j];
        for (int j = 0; j < d; j++) mean[j] /= n;
        for (float[] r : x) for (int j = 0; j < d; j++) sd[j] += (r[j] - mean[j]) * (r[j] - mean[j]);
        for (int j = 0; j < d; j++) sd[j] = Math.sqrt(sd[j] / n) + 1e-8;

        double[][] w = new double[k][d];
        double[] b = new double[k];
        double[][] mW = new double[k][d], vW = new double[k][d], gW = new double[k][d];
        double[] mB = new double[k], vB = new double[k], gB = new double[k];
        double[] z = new double[d], p = new double[k];
        final double beta1 = 0.9, beta2 = 0.999, eps = 1e-8;
        RandomGenerator rng = new Well19937c(opt.seed());
        int[] order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        long steps = (long) opt.epochs() * ((n + opt.batch() - 1) / opt.batch());
        long t = 0;
        for (int epoch = 0; epoch < opt.epochs(); epoch++) {
            for (int i = n - 1; i > 0; i--) { // Fisher-Yates with the seeded generator
                int r = rng.nextInt(i + 1);
                int tmp = order[i]; order[i] = order[r]; order[r] = tmp;
            }
            for (int from = 0; from < n; from += opt.batch()) {
                int to = Math.min(n, from + opt.batch());
                for (double[] g : gW) Arrays.fill(g, 0);
                Arrays.fill(gB, 0);
                for (int q = from; q < to; q++) {
                    int i = order[q];
                    standardise(x[i], mean, sd, z);
                    forward(w, b, z, p);
                    for (int c = 0; c < k; c++) {
                        double g = p[c] - targets[i][c];
                        if (g == 0) continue;
                        gB[c] += g;
                        double[] gw = gW[c];
                        for (int j = 0; j < d; j++) gw[j] += g * z[j];
                    }
                }
                int m = to - from;
                t++;
                double lr = opt.learningRate() * (1 - (double) (t - 1) / steps);
                double c1 = 1 - Math.pow(beta1, t), c2 = 1 - Math.pow(beta2, t);
                for (int c = 0; c < k; c++) {
                    for (int j = 0; j < d; j++) {
                        double g = gW[c][j] / m + lambda * w[c][j];
                        mW[c][j] = beta1 * mW[c][j] + (1 - beta1) * g;
                        vW[c][j] = beta2 * vW[c][j] + (1 - beta2) * g * g;
                        w[c][j] -= lr * (mW[c][j] / c1) / (Math.sqrt(vW[c][j] / c2) + eps);
                    }
                    double g = gB[c] / m;
                    mB[c] = beta1 * mB[c] + (1 - beta1) * g;
                    vB[c] = beta2 * vB[c] + (1 - beta2) * g * g;
                    b[c] -= lr * (mB[c] / c1) / (Math.sqrt(vB[c] / c2) + eps);
                }
            }
        }
        return new SoftmaxHead(mean, sd, w, b, lambda);
    }

    /** Fits every λ of the grid on train, keeps the one with the lowest dev cross-entropy. */
    public static Selection select(float[][] xTrain, double[][] tTrain, float[][] xDev, double[][] tDev, double[] grid, Options opt) {
        double[] loss = new double[grid.length];
        SoftmaxHead best = null;
        int bestG = -1;
        for (int g = 0; g < grid.length; g++) {
            SoftmaxHead h = fit(xTrain, tTrain, grid[g], opt);
            loss[g] = h.crossEntropy(xDev, tDev);
            if (best == null || loss[g] < loss[bestG]) {
                best = h;
                bestG = g;
            }
        }
        return new Selection(best, grid, loss);
    }

    /** The predicted distribution over the labels. */
    public double[] predict(float[] x) {
        if (x.length != mean.length) throw new IllegalArgumentException("input has " + x.length + " features, the head " + mean.length);
        double[] z = new double[x.length], p = new double[b.length];
        standardise(x, mean, sd, z);
        forward(w, b, z, p);
        return p;
    }

    public double[][] predict(float[][] x) {
        double[][] out = new double[x.length][];
        for (int i = 0; i < x.length; i++) out[i] = predict(x[i]);
        return out;
    }

    /** Mean cross-entropy (nats) of the predictions against target distributions. */
    public double crossEntropy(float[][] x, double[][] targets) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            double[] p = predict(x[i]);
            for (int c = 0; c < p.length; c++) if (targets[i][c] > 0) s -= targets[i][c] * Math.log(Math.max(p[c], 1e-300));
        }
        return s / x.length;
    }

    /** The selection as plain arrays, for {@link HeadCache}: grid, dev loss, λ, mean, SD, bias, weight rows. */
    static double[][] toBlobs(Selection s) {
        SoftmaxHead h = s.head();
        double[][] out = new double[6 + h.w.length][];
        out[0] = s.grid();
        out[1] = s.devLoss();
        out[2] = new double[]{h.lambda};
        out[3] = h.mean.clone();
        out[4] = h.sd.clone();
        out[5] = h.b.clone();
        for (int c = 0; c < h.w.length; c++) out[6 + c] = h.w[c].clone();
        return out;
    }

    static Selection fromBlobs(double[][] b) {
        double[][] w = new double[b.length - 6][];
        for (int c = 0; c < w.length; c++) w[c] = b[6 + c].clone();
        return new Selection(new SoftmaxHead(b[3].clone(), b[4].clone(), w, b[5].clone(), b[2][0]), b[0], b[1]);
    }

    private static void standardise(float[] x, double[] mean, double[] sd, double[] z) {
        for (int j = 0; j < z.length; j++) z[j] = (x[j] - mean[j]) / sd[j];
    }

    private static void forward(double[][] w, double[] b, double[] z, double[] p) {
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < p.length; c++) {
            double s = b[c];
            double[] wc = w[c];
            for (int j = 0; j < z.length; j++) s += wc[j] * z[j];
            p[c] = s;
            max = Math.max(max, s);
        }
        double sum = 0;
        for (int c = 0; c < p.length; c++) sum += p[c] = Math.exp(p[c] - max);
        for (int c = 0; c < p.length; c++) p[c] /= sum;
    }
}
