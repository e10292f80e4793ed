package org.emogap.calibrate;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.apache.commons.math3.stat.inference.WilcoxonSignedRankTest;
import org.emogap.dist.Divergences;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * The outcome of a {@link CrossValidation}: the normalised human and model rows, per-item JSD before
 * calibration, and per method the out-of-fold calibrated rows and their per-item JSD. Summaries
 * (mean JSD, relative change, entropy ρ, Wilcoxon p) are computed from these on request.
 */
public record CvResult(int k, int nFolds, long seed, String[] groups, double[] human, double[] model,
                       double[] jsdUncalibrated, List<Method> methods) {

    public CvResult {
        groups = groups == null ? null : groups.clone();
        human = human.clone();
        model = model.clone();
        jsdUncalibrated = jsdUncalibrated.clone();
        methods = List.copyOf(methods);
    }

    /** One method's out-of-fold output: calibrated n×k rows and their per-item JSD to the humans. */
    public record Method(String name, int k, double[] calibrated, double[] jsd, List<String> foldParameters) {
        public Method {
            calibrated = calibrated.clone();
            jsd = jsd.clone();
            foldParameters = List.copyOf(foldParameters);
        }

        @Override public double[] calibrated() { return calibrated.clone(); }

        @Override public double[] jsd() { return jsd.clone(); }

        /** Entropy in bits of every calibrated row. */
        public double[] entropy() { return Divergences.entropyRows(calibrated, k); }

        public double meanJsd() { return Rows.mean(jsd); }
    }

    @Override public String[] groups() { return groups == null ? null : groups.clone(); }

    @Override public double[] human() { return human.clone(); }

    @Override public double[] model() { return model.clone(); }

    @Override public double[] jsdUncalibrated() { return jsdUncalibrated.clone(); }

    public double[] entropyHuman() { return Divergences.entropyRows(human, k); }

    public double[] entropyModel() { return Divergences.entropyRows(model, k); }

    public double meanJsdUncalibrated() { return Rows.mean(jsdUncalibrated); }

    public int nItems() { return jsdUncalibrated.length; }

    public Method method(String name) {
        return methods.stream().filter(m -> m.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no method '" + name + "' in this result"));
    }

    /** Relative change of the mean JSD, in percent (negative = calibration lowered the JSD). */
    public static double changePct(double before, double after) {
        return 100 * (after - before) / before;
    }

    /**
     * Spearman ρ of two vectors (Commons Math, average ranks for ties); NaN when either is constant,
     * where the correlation is undefined.
     */
    public static double spearman(double[] a, double[] b) {
        if (a.length < 2 || constant(a) || constant(b)) return Double.NaN;
        return new SpearmansCorrelation().correlation(a, b);
    }

    /**
     * Two-sided Wilcoxon signed-rank p of paired samples, as SciPy's default {@code wilcoxon(x, y)}:
     * pairs with zero difference dropped ({@code zero_method="wilcox"}); up to 30 remaining pairs the
     * exact p of Commons Math's {@link WilcoxonSignedRankTest}; beyond, the normal approximation
     * with SciPy's tie-corrected variance and no continuity correction, on Commons Math's W statistic.
     * (Commons Math's own approximation subtracts its 0.5 continuity correction on the wrong side of
     * the mean, e.g. p = 0.00293 where SciPy gives 0.00301 or 0.00310 with correction.) NaN when no
     * pair differs.
     */
    public static double wilcoxonP(double[] x, double[] y) {
        if (x.length != y.length) throw new IllegalArgumentException(x.length + " vs " + y.length + " paired values");
        int n = 0;
        double[] a = new double[x.length], b = new double[y.length];
        for (int i = 0; i < x.length; i++) {
            if (x[i] != y[i]) {
                a[n] = x[i];
                b[n] = y[i];
                n++;
            }
        }
        if (n == 0) return Double.NaN;
        a = Arrays.copyOf(a, n);
        b = Arrays.copyOf(b, n);
        WilcoxonSignedRankTest test = new WilcoxonSignedRankTest();
        if (n <= 30) return test.wilcoxonSignedRankTest(a, b, true);
        double w = test.wilcoxonSignedRank(a, b); // max(W+, W-); |z| is the same as for the min
        double[] abs = new double[n];
        for (int i = 0; i < n; i++) abs[i] = Math.abs(a[i] - b[i]);
        Arrays.sort(abs);
        double var = (double) n * (n + 1) * (2.0 * n + 1);
        for (int i = 0, j; i < n; i = j) {
            for (j = i + 1; j < n && abs[j] == abs[i]; j++) { }
            double t = j - i;
            if (t > 1) var -= 0.5 * t * (t * t - 1);
        }
        double z = (w - n * (n + 1) * 0.25) / Math.sqrt(var / 24);
        return 2 * new NormalDistribution().cumulativeProbability(-Math.abs(z));
    }

    private static boolean constant(double[] v) {
        for (double x : v) if (x != v[0]) return false;
        return true;
    }

    /** One row per method: {@code model, method, n_folds, n_items, jsd_uncalibrated, jsd_calibrated, change_pct, entropy_rho_uncalibrated, entropy_rho, wilcoxon_p, parameters}. */
    public Table summary(String model) {
        StringColumn mc = StringColumn.create("model"), meth = StringColumn.create("method"), par = StringColumn.create("parameters");
        IntColumn folds = IntColumn.create("n_folds"), items = IntColumn.create("n_items");
        DoubleColumn before = DoubleColumn.create("jsd_uncalibrated"), after = DoubleColumn.create("jsd_calibrated"),
                change = DoubleColumn.create("change_pct"), rho0 = DoubleColumn.create("entropy_rho_uncalibrated"),
                rho = DoubleColumn.create("entropy_rho"), p = DoubleColumn.create("wilcoxon_p");
        double[] eh = entropyHuman();
        double b = Rows.mean(jsdUncalibrated), r0 = spearman(eh, entropyModel());
        for (Method m : methods) {
            double a = Rows.mean(m.jsd);
            mc.append(model);
            meth.append(m.name);
            folds.append(nFolds);
            items.append(nItems());
            before.append(b);
            after.append(a);
            change.append(changePct(b, a));
            rho0.append(r0);
            rho.append(spearman(eh, m.entropy()));
            p.append(wilcoxonP(m.jsd, jsdUncalibrated));
            par.append(String.join(" | ", m.foldParameters));
        }
        return Table.create("calibration " + model, mc, meth, folds, items, before, after, change, rho0, rho, p, par);
    }

    /** One row per method and group: {@code model, method, agreement, n, jsd_uncalibrated, jsd_calibrated, change_pct}. */
    public Table byGroup(String model) {
        if (groups == null) throw new IllegalStateException("this cross-validation was run without group labels");
        StringColumn mc = StringColumn.create("model"), meth = StringColumn.create("method"), g = StringColumn.create("agreement");
        IntColumn count = IntColumn.create("n");
        DoubleColumn before = DoubleColumn.create("jsd_uncalibrated"), after = DoubleColumn.create("jsd_calibrated"),
                change = DoubleColumn.create("change_pct");
        List<String> levels = new ArrayList<>(new TreeSet<>(Arrays.asList(groups)));
        for (Method m : methods) {
            for (String level : levels) {
                double sb = 0, sa = 0;
                int c = 0;
                for (int i = 0; i < groups.length; i++) {
                    if (groups[i].equals(level)) {
                        sb += jsdUncalibrated[i];
                        sa += m.jsd[i];
                        c++;
                    }
                }
                mc.append(model);
                meth.append(m.name);
                g.append(level);
                count.append(c);
                before.append(sb / c);
                after.append(sa / c);
                change.append(changePct(sb / c, sa / c));
            }
        }
        return Table.create("calibration by agreement " + model, mc, meth, g, count, before, after, change);
    }
}
