package org.emogap.calibrate;

import org.emogap.RunMode;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The calibration study of several annotators: one cross-validation per {@link CalibrationInput},
 * the result tables of docs/method.md §5 (with the annotator's kind, so LLMs, encoders and synthetic
 * demonstrations are never confused) and a discussion generated from the numbers.
 */
public record CalibrationReport(List<CalibrationInput> inputs, List<CvResult> results, int nFolds, long seed) {
    public CalibrationReport {
        inputs = List.copyOf(inputs);
        results = List.copyOf(results);
        if (inputs.size() != results.size()) throw new IllegalArgumentException(inputs.size() + " inputs, " + results.size() + " results");
    }

    /** The paper's headline, second-hand (docs/method.md §7 notes it is not checked against the PDF). */
    public static final String PAPER_CLAIM = "up to 14% lower JSD, isotonic best (8–14% across models)";

    public static CalibrationReport run(List<CalibrationInput> inputs, List<Calibrator> methods, int nFolds, long seed) {
        return run(inputs, methods, nFolds, seed, RunMode.EMOGAP);
    }

    /** Cross-validates every input under a mode's definitions ({@link CalibrationInput#crossValidate(List, int, long, RunMode)}). */
    public static CalibrationReport run(List<CalibrationInput> inputs, List<Calibrator> methods, int nFolds, long seed, RunMode mode) {
        List<CvResult> rs = new ArrayList<>();
        for (CalibrationInput in : inputs) rs.add(in.crossValidate(methods, nFolds, seed, mode));
        return new CalibrationReport(inputs, rs, nFolds, seed);
    }

    /** calibration.csv: {@code kind} after {@code model}, then the {@link CvResult#summary} columns. */
    public Table summary() {
        Table out = null;
        for (int i = 0; i < inputs.size(); i++) {
            Table t = results.get(i).summary(inputs.get(i).model());
            t.insertColumn(1, constant("kind", inputs.get(i).kind(), t.rowCount()));
            out = out == null ? t : out.append(t);
        }
        return out == null ? emptySummary() : out.setName("calibration");
    }

    /** calibration_by_agreement.csv: as {@link CvResult#byGroup} with {@code kind}. */
    public Table byAgreement() {
        Table out = null;
        for (int i = 0; i < inputs.size(); i++) {
            if (inputs.get(i).groups() == null) continue;
            Table t = results.get(i).byGroup(inputs.get(i).model());
            t.insertColumn(1, constant("kind", inputs.get(i).kind(), t.rowCount()));
            out = out == null ? t : out.append(t);
        }
        return out == null ? Table.create("calibration by agreement") : out.setName("calibration by agreement");
    }

    private static StringColumn constant(String name, String value, int n) {
        StringColumn c = StringColumn.create(name);
        for (int i = 0; i < n; i++) c.append(value);
        return c;
    }

    private static Table emptySummary() {
        return Table.create("calibration", StringColumn.create("model"), StringColumn.create("kind"), StringColumn.create("method"),
                IntColumn.create("n_folds"), IntColumn.create("n_items"), DoubleColumn.create("jsd_uncalibrated"),
                DoubleColumn.create("jsd_calibrated"), DoubleColumn.create("change_pct"), DoubleColumn.create("entropy_rho_uncalibrated"),
                DoubleColumn.create("entropy_rho"), DoubleColumn.create("wilcoxon_p"), StringColumn.create("parameters"));
    }

    /** The paper's calibration table: one row per model, JSD before and after each of its three methods, change in %. */
    public Table paperTable() {
        StringColumn model = StringColumn.create("model"), kind = StringColumn.create("kind");
        IntColumn n = IntColumn.create("n_items");
        DoubleColumn before = DoubleColumn.create("jsd_uncalibrated");
        List<String> methods = List.of("temperature", "bias", "isotonic");
        List<DoubleColumn> cols = new ArrayList<>();
        for (String m : methods) {
            cols.add(DoubleColumn.create("jsd_" + m));
            cols.add(DoubleColumn.create("change_pct_" + m));
        }
        for (int i = 0; i < inputs.size(); i++) {
            CvResult r = results.get(i);
            model.append(inputs.get(i).model());
            kind.append(inputs.get(i).kind());
            n.append(r.nItems());
            before.append(r.summaryJsdUncalibrated());
            for (int c = 0; c < methods.size(); c++) {
                String name = methods.get(c);
                boolean has = r.methods().stream().anyMatch(x -> x.name().equals(name));
                double a = has ? r.summaryJsd(r.method(name)) : Double.NaN;
                cols.get(2 * c).append(a);
                cols.get(2 * c + 1).append(CvResult.changePct(r.summaryJsdUncalibrated(), a));
            }
        }
        Table t = Table.create("paper calibration table", model, kind, n, before);
        cols.forEach(t::addColumns);
        return t;
    }

    /** The method with the lowest out-of-fold mean JSD for input i. */
    public CvResult.Method best(int i) {
        CvResult.Method best = null;
        CvResult r = results.get(i);
        for (CvResult.Method m : r.methods()) if (best == null || r.summaryJsd(m) < r.summaryJsd(best)) best = m;
        return best;
    }

    /**
     * A few sentences from the numbers: per annotator the best method and the paper's isotonic,
     * the agreement level where the best method helps most, and how the best calibrated JSD compares
     * with a human reference (e.g. a noise floor; NaN to leave it out).
     */
    public String discussion(double humanReference, String referenceName) {
        if (inputs.isEmpty()) return "No annotator could be calibrated: there are no model judgments of core-set items.";
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < inputs.size(); i++) {
            CvResult r = results.get(i);
            CvResult.Method b = best(i);
            double before = r.summaryJsdUncalibrated();
            s.append(String.format(Locale.ROOT, "- **%s** (%s, %d items): mean JSD %.3f uncalibrated; best is %s at %.3f (%+.1f%%)",
                    inputs.get(i).model(), inputs.get(i).kind(), r.nItems(), before, b.name(), r.summaryJsd(b),
                    CvResult.changePct(before, r.summaryJsd(b))));
            if (r.methods().stream().anyMatch(m -> m.name().equals("isotonic")) && !b.name().equals("isotonic")) {
                s.append(String.format(Locale.ROOT, "; the paper's best, isotonic, gives %+.1f%%",
                        CvResult.changePct(before, r.summaryJsd(r.method("isotonic")))));
            }
            if (inputs.get(i).groups() != null) {
                Table g = r.byGroup(inputs.get(i).model());
                Table gb = g.where(g.stringColumn("method").isEqualTo(b.name()));
                int lo = 0;
                for (int row = 1; row < gb.rowCount(); row++) {
                    if (gb.doubleColumn("change_pct").get(row) < gb.doubleColumn("change_pct").get(lo)) lo = row;
                }
                s.append(String.format(Locale.ROOT, "; it helps most on %s items (%+.1f%%)", gb.stringColumn("agreement").get(lo),
                        gb.doubleColumn("change_pct").get(lo)));
            }
            if (!Double.isNaN(humanReference)) {
                double gap = r.summaryJsd(b) - humanReference;
                s.append(gap > 0
                        ? String.format(Locale.ROOT, "; still %.3f above the %s (%.3f), so calibration does not reach it", gap, referenceName, humanReference)
                        : String.format(Locale.ROOT, "; at or below the %s (%.3f)", referenceName, humanReference));
            }
            s.append(".\n");
        }
        s.append("\nThe paper reports ").append(PAPER_CLAIM).append(".");
        return s.toString();
    }
}
