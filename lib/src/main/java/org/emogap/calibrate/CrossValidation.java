package org.emogap.calibrate;

import org.emogap.RunMode;
import org.emogap.dist.Divergences;
import org.emogap.dist.Rows;
import org.emogap.stats.NumpyLegacyRandom;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * k-fold cross-validation of calibrators over a set of items (docs/method.md §5): items are shuffled
 * with a seeded generator and cut into folds; each calibrator is fitted on all folds but one and
 * applied to the held-out fold, so every item gets an out-of-fold calibrated distribution. Fits run
 * in parallel (one task per method and fold, each writing only its own rows), so the result does
 * not depend on the number of cores.
 */
public final class CrossValidation {
    /** The paper's number of folds. */
    public static final int DEFAULT_FOLDS = 5;

    private CrossValidation() {}

    /**
     * The fold of each of n items: a seeded shuffle (Fisher–Yates with {@code java.util.Random(seed)})
     * cut into contiguous chunks, the first n mod nFolds chunks one item larger (scikit-learn's KFold
     * sizes).
     */
    public static int[] folds(int n, int nFolds, long seed) {
        if (nFolds < 2 || nFolds > n) throw new IllegalArgumentException("cannot cut " + n + " items into " + nFolds + " folds");
        int[] perm = IntStream.range(0, n).toArray();
        Random rnd = new Random(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = perm[i]; perm[i] = perm[j]; perm[j] = t;
        }
        return cut(perm, nFolds);
    }

    /**
     * scikit-learn's {@code KFold(nFolds, shuffle=True, random_state=seed)} test folds of n items in
     * their given order (the paper mode sorts items by id first): NumPy's legacy
     * {@code RandomState(seed).shuffle} of 0 … n − 1, cut as {@link #folds(int, int, long)} cuts.
     */
    public static int[] foldsSklearn(int n, int nFolds, long seed) {
        if (nFolds < 2 || nFolds > n) throw new IllegalArgumentException("cannot cut " + n + " items into " + nFolds + " folds");
        return cut(new NumpyLegacyRandom(seed).permutation(n), nFolds);
    }

    /** The folds a mode uses: {@link #foldsSklearn} in paper mode, else {@link #folds(int, int, long)}. */
    public static int[] folds(int n, int nFolds, long seed, RunMode mode) {
        return mode.paper() ? foldsSklearn(n, nFolds, seed) : folds(n, nFolds, seed);
    }

    private static int[] cut(int[] perm, int nFolds) {
        int n = perm.length;
        int[] fold = new int[n];
        int pos = 0;
        for (int f = 0; f < nFolds; f++) {
            int size = n / nFolds + (f < n % nFolds ? 1 : 0);
            for (int c = 0; c < size; c++) fold[perm[pos++]] = f;
        }
        return fold;
    }

    /** Indices of the items in ({@code in = true}) or outside fold f. */
    public static int[] rows(int[] fold, int f, boolean in) {
        return IntStream.range(0, fold.length).filter(i -> (fold[i] == f) == in).toArray();
    }

    /** Fits a calibrator on the given rows only; the other rows are never read (they may hold NaN). */
    public static Calibrator.Fitted fitOnRows(Calibrator c, double[] model, double[] human, int k, int[] rows) {
        return c.fit(Rows.select(model, k, rows), Rows.select(human, k, rows), k);
    }

    /**
     * Runs the cross-validation.
     *
     * @param model   n×k model rows (normalised inside)
     * @param human   n×k human rows
     * @param groups  a group label per item (the agreement level), or null
     * @param methods calibrators, each scored separately
     */
    public static CvResult run(double[] model, double[] human, int k, String[] groups, List<Calibrator> methods,
                               int nFolds, long seed) {
        if (k < 1 || model.length % k != 0) throw new IllegalArgumentException(model.length + " values are not rows of " + k);
        return run(model, human, k, groups, methods, folds(model.length / k, nFolds, seed), seed);
    }

    /**
     * Runs the cross-validation with a given fold per item (0..nFolds−1), e.g. folds shared with
     * another implementation. {@code seed} is only recorded in the result.
     */
    public static CvResult run(double[] model, double[] human, int k, String[] groups, List<Calibrator> methods,
                               int[] fold, long seed) {
        return run(model, human, k, groups, methods, fold, seed, RunMode.EMOGAP);
    }

    /**
     * As above under a mode's definitions. Calibrators are fitted against the human rows as given
     * (each normalises what its method needs: the paper mode's bias and isotonic fit the raw rater
     * shares, see {@link Calibrators#all(RunMode)}); JSD is always scored on normalised rows. The
     * paper mode's human entropy is the smoothed one ({@link Divergences#entropyRowsSmoothed}) of
     * the rows as given, and its summaries are means over folds ({@link CvResult}).
     */
    public static CvResult run(double[] model, double[] human, int k, String[] groups, List<Calibrator> methods,
                               int[] fold, long seed, RunMode mode) {
        double[] m = Divergences.normalizeRows(model, k);
        double[] h = Divergences.normalizeRows(human, k);
        double[] humanAsGiven = human.clone();
        if (m.length != h.length) throw new IllegalArgumentException("model has " + m.length / k + " rows, human " + h.length / k);
        int n = m.length / k;
        if (groups != null && groups.length != n) throw new IllegalArgumentException(groups.length + " group labels for " + n + " items");
        if (fold.length != n) throw new IllegalArgumentException(fold.length + " fold numbers for " + n + " items");
        int nFolds = Arrays.stream(fold).max().orElse(-1) + 1;
        for (int x : fold) if (x < 0) throw new IllegalArgumentException("fold number " + x + " < 0");
        int[][] test = new int[nFolds][], train = new int[nFolds][];
        for (int f = 0; f < nFolds; f++) {
            test[f] = rows(fold, f, true);
            train[f] = rows(fold, f, false);
        }
        int nm = methods.size();
        double[][] calibrated = new double[nm][n * k], jsd = new double[nm][n];
        double[] jsd0 = new double[n];
        String[][] params = new String[nm][nFolds];
        // task t < nm·nFolds fits method t / nFolds on fold t % nFolds; the last nFolds tasks score the
        // uncalibrated rows of one fold. Each task writes only its fold's rows.
        IntStream.range(0, (nm + 1) * nFolds).parallel().forEach(t -> {
            int mi = t / nFolds, f = t % nFolds;
            double[] hTest = Rows.select(h, k, test[f]);
            if (mi == nm) {
                scatter(Divergences.jsdRows(Rows.select(m, k, test[f]), hTest, k), test[f], jsd0);
                return;
            }
            Calibrator.Fitted fit = fitOnRows(methods.get(mi), m, humanAsGiven, k, train[f]);
            double[] out = fit.apply(Rows.select(m, k, test[f]));
            Rows.scatter(out, k, test[f], calibrated[mi]);
            scatter(Divergences.jsdRows(out, hTest, k), test[f], jsd[mi]);
            params[mi][f] = fit.parameters();
        });
        List<CvResult.Method> results = new ArrayList<>();
        for (int mi = 0; mi < nm; mi++) {
            results.add(new CvResult.Method(methods.get(mi).name(), k, calibrated[mi], jsd[mi], Arrays.asList(params[mi])));
        }
        double[] humanEntropy = mode.paper() ? Divergences.entropyRowsSmoothed(humanAsGiven, k, Divergences.ENTROPY_EPSILON_PAPER)
                : Divergences.entropyRows(h, k);
        return new CvResult(k, fold, seed, groups, h, m, jsd0, results, humanEntropy, mode);
    }

    private static void scatter(double[] values, int[] idx, double[] dst) {
        for (int i = 0; i < idx.length; i++) dst[idx[i]] = values[i];
    }

    /** {@link #run} with the paper's 5 folds. */
    public static CvResult run(double[] model, double[] human, int k, String[] groups, List<Calibrator> methods, long seed) {
        return run(model, human, k, groups, methods, DEFAULT_FOLDS, seed);
    }
}
