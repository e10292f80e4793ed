package org.emogap.encoder;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

import java.util.Arrays;

/**
 * Ridge regression on frozen embeddings, one output per column of the target (EmoBank: V, A, D),
 * each with its own penalty chosen on a dev set. Inputs and targets are centred on the training
 * means, so the intercept is not penalised.
 *
 * <p>Solved in closed form: (XᵀX + λI) w = Xᵀy by Commons Math's {@link CholeskyDecomposition}. The
 * Gram matrix XᵀX is formed once with a plain loop (n·d²/2 multiply-adds; Commons Math's general
 * matrix product would first copy the n × d matrix into doubles twice) and reused for every λ.
 */
public final class RidgeHead {
    private final double[] xMean;
    private final double[] yMean;
    private final double[][] weights; // [output][feature]
    private final double[] lambdas;

    private RidgeHead(double[] xMean, double[] yMean, double[][] weights, double[] lambdas) {
        this.xMean = xMean;
        this.yMean = yMean;
        this.weights = weights;
        this.lambdas = lambdas;
    }

    /** The chosen head and, per output and candidate λ, the dev mean squared error. */
    public record Selection(RidgeHead head, double[] grid, double[][] devMse) {
        public Selection {
            grid = grid.clone();
            devMse = Arrays.stream(devMse).map(double[]::clone).toArray(double[][]::new);
        }
    }

    /** The default λ grid: 10^-2 … 10^4. */
    public static final double[] GRID = {1e-2, 1e-1, 1, 10, 100, 1e3, 1e4};

    /** Fits one λ for every output. */
    public static RidgeHead fit(float[][] x, double[][] y, double lambda) {
        Fitter f = new Fitter(x, y);
        double[] lambdas = new double[y[0].length];
        Arrays.fill(lambdas, lambda);
        double[][] w = f.solve(lambda);
        return new RidgeHead(f.xMean, f.yMean, w, lambdas);
    }

    /** Fits every λ of the grid on train and keeps, per output, the one with the lowest dev MSE. */
    public static Selection select(float[][] xTrain, double[][] yTrain, float[][] xDev, double[][] yDev, double[] grid) {
        if (xDev.length != yDev.length || xDev.length == 0) throw new IllegalArgumentException("dev has " + xDev.length + " inputs and " + yDev.length + " targets");
        Fitter f = new Fitter(xTrain, yTrain);
        int k = yTrain[0].length;
        double[][] mse = new double[k][grid.length];
        double[][] best = new double[k][];
        double[] bestLambda = new double[k];
        double[] bestMse = new double[k];
        Arrays.fill(bestMse, Double.POSITIVE_INFINITY);
        for (int g = 0; g < grid.length; g++) {
            double[][] w = f.solve(grid[g]);
            RidgeHead h = new RidgeHead(f.xMean, f.yMean, w, new double[k]);
            double[][] pred = h.predict(xDev);
            for (int o = 0; o < k; o++) {
                double s = 0;
                for (int i = 0; i < xDev.length; i++) s += (pred[i][o] - yDev[i][o]) * (pred[i][o] - yDev[i][o]);
                mse[o][g] = s / xDev.length;
                if (mse[o][g] < bestMse[o]) {
                    bestMse[o] = mse[o][g];
                    best[o] = w[o];
                    bestLambda[o] = grid[g];
                }
            }
        }
        return new Selection(new RidgeHead(f.xMean, f.yMean, best, bestLambda), grid, mse);
    }

    /** The penalty of each output. */
    public double[] lambdas() {
        return lambdas.clone();
    }

    public int outputs() {
        return weights.length;
    }

    public double[] predict(float[] x) {
        if (x.length != xMean.length) throw new IllegalArgumentException("input has " + x.length + " features, the head " + xMean.length);
        double[] out = yMean.clone();
        for (int o = 0; o < weights.length; o++) {
            double[] w = weights[o];
            double s = 0;
            for (int j = 0; j < x.length; j++) s += w[j] * (x[j] - xMean[j]);
            out[o] += s;
        }
        return out;
    }

    public double[][] predict(float[][] x) {
        double[][] out = new double[x.length][];
        for (int i = 0; i < x.length; i++) out[i] = predict(x[i]);
        return out;
    }

    /** The selection as plain arrays, for {@link HeadCache}: grid, dev MSE rows, means, λs, weight rows. */
    static double[][] toBlobs(Selection s) {
        RidgeHead h = s.head();
        int k = h.weights.length;
        double[][] out = new double[4 + 2 * k][];
        out[0] = s.grid();
        double[][] mse = s.devMse();
        for (int o = 0; o < k; o++) out[1 + o] = mse[o];
        out[1 + k] = h.xMean.clone();
        out[2 + k] = h.yMean.clone();
        out[3 + k] = h.lambdas.clone();
        for (int o = 0; o < k; o++) out[4 + k + o] = h.weights[o].clone();
        return out;
    }

    static Selection fromBlobs(double[][] b) {
        int k = (b.length - 4) / 2;
        double[][] mse = new double[k][], w = new double[k][];
        for (int o = 0; o < k; o++) {
            mse[o] = b[1 + o].clone();
            w[o] = b[4 + k + o].clone();
        }
        return new Selection(new RidgeHead(b[1 + k].clone(), b[2 + k].clone(), w, b[3 + k].clone()), b[0], mse);
    }

    /** Centred Gram matrix and cross products of one training set, solved for any λ. */
    private static final class Fitter {
        final double[] xMean;
        final double[] yMean;
        final double[][] gram;
        final double[][] xty; // [feature][output]

        Fitter(float[][] x, double[][] y) {
            if (x.length != y.length) throw new IllegalArgumentException(x.length + " inputs but " + y.length + " targets");
            if (x.length < 2) throw new IllegalArgumentException("ridge needs at least 2 training rows, got " + x.length);
            int n = x.length, d = x[0].length, k = y[0].length;
            xMean = new double[d];
            yMean = new double[k];
            for (int i = 0; i < n; i++) {
                if (x[i].length != d) throw new IllegalArgumentException("row " + i + " has " + x[i].length + " features, row 0 has " + d);
                if (y[i].length != k) throw new IllegalArgumentException("target " + i + " has " + y[i].length + " values, target 0 has " + k);
                for (int j = 0; j < d; j++) xMean[j] += x[i][j];
                for (int o = 0; o < k; o++) {
                    if (!Double.isFinite(y[i][o])) throw new IllegalArgumentException("target " + i + " is " + y[i][o]);
                    yMean[o] += y[i][o];
                }
            }
            for (int j = 0; j < d; j++) xMean[j] /= n;
            for (int o = 0; o < k; o++) yMean[o] /= n;
            gram = new double[d][d];
            xty = new double[d][k];
            double[] c = new double[d];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < d; j++) c[j] = x[i][j] - xMean[j];
                for (int a = 0; a < d; a++) {
                    double ca = c[a];
                    double[] row = gram[a];
                    for (int b = a; b < d; b++) row[b] += ca * c[b];
                    for (int o = 0; o < k; o++) xty[a][o] += ca * (y[i][o] - yMean[o]);
                }
            }
            for (int a = 0; a < d; a++) for (int b = 0; b < a; b++) gram[a][b] = gram[b][a];
        }

        double[][] solve(double lambda) {
            if (!(lambda > 0)) throw new IllegalArgumentException("lambda is " + lambda + ", must be > 0");
            int d = gram.length;
            RealMatrix a = new Array2DRowRealMatrix(gram); // copies
            for (int j = 0; j < d; j++) a.addToEntry(j, j, lambda);
            RealMatrix w = new CholeskyDecomposition(a).getSolver().solve(new Array2DRowRealMatrix(xty));
            return w.transpose().getData();
        }
    }
}
