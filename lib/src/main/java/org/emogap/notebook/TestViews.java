package org.emogap.notebook;

import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.Locale;

/**
 * A compact view of a tests table ({@link org.emogap.compare.GoReport#tests}) for reading in a
 * notebook: one line per test with what was compared, the sizes, the p-value as text (an underflow
 * to 0 shows as {@code < 1e-300}, not as 0) and the direction and size of the effect in words.
 * The full table, with every statistic, stays in {@code tests.csv}.
 */
public final class TestViews {
    private TestViews() {}

    /** Cliff's δ in words (Romano et al. 2006: |δ| &lt; 0.147 negligible, &lt; 0.33 small, &lt; 0.474 medium, else large). */
    public static String size(double delta) {
        double d = Math.abs(delta);
        if (Double.isNaN(d)) return "";
        return d < 0.147 ? "negligible" : d < 0.33 ? "small" : d < 0.474 ? "medium" : "large";
    }

    /** A p-value as text: three significant digits, {@code < 1e-300} when it underflowed to 0. */
    public static String p(double p) {
        if (Double.isNaN(p)) return "";
        if (p == 0) return "< 1e-300";
        return p >= 0.001 ? String.format(Locale.ROOT, "%.3f", p) : String.format(Locale.ROOT, "%.2e", p);
    }

    /**
     * The compact view. {@code direction}: for a two-group test of JSD, which side has the lower JSD
     * (is closer to the humans) and by how much (Cliff's δ in words); for Kruskal–Wallis, whether JSD
     * differs across the levels at p &lt; 0.05.
     */
    public static Table compact(Table tests) {
        StringColumn test = StringColumn.create("test"), model = StringColumn.create("model"), what = StringColumn.create("compared"),
                n = StringColumn.create("n"), p = StringColumn.create("p"), pb = StringColumn.create("p_bonferroni"),
                dir = StringColumn.create("direction");
        for (int r = 0; r < tests.rowCount(); r++) {
            String t = tests.stringColumn("test").get(r), a = tests.stringColumn("group_a").get(r), b = tests.stringColumn("group_b").get(r);
            boolean twoGroups = b != null && !b.isEmpty();
            double delta = tests.doubleColumn("cliffs_delta").getDouble(r), pv = tests.doubleColumn("p").getDouble(r);
            test.append(t);
            model.append(t.startsWith("mann_whitney") ? "" : tests.stringColumn("model").get(r));
            what.append(twoGroups ? a + " vs " + b : a);
            n.append(twoGroups ? String.format(Locale.ROOT, "%,d / %,d", tests.intColumn("n_a").get(r), tests.intColumn("n_b").get(r))
                    : String.format(Locale.ROOT, "%,d", tests.intColumn("n_a").get(r)));
            p.append(p(pv));
            pb.append(p(tests.doubleColumn("p_bonferroni").getDouble(r)));
            if (!twoGroups) dir.append(pv < 0.05 ? "JSD differs across the levels" : "no difference shown");
            else if (Double.isNaN(delta) || size(delta).equals("negligible")) dir.append("no clear difference (δ " + fmt(delta) + ")");
            else dir.append((delta < 0 ? a : b) + " has the lower JSD (δ " + fmt(delta) + ", " + size(delta) + ")");
        }
        return Table.create("tests (compact; every statistic is in tests.csv)", test, model, what, n, p, pb, dir);
    }

    private static String fmt(double d) {
        return Double.isNaN(d) ? "n/a" : String.format(Locale.ROOT, "%+.2f", d);
    }
}
