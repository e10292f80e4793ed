package org.emogap.notebook;

import org.emogap.findings.Finding;
import tech.tablesaw.api.Table;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.emogap.notebook.GoReadings.f;

/**
 * The reading sentences of calibration (notebook 07) and of the findings (notebook 09), from
 * {@link org.emogap.calibrate.CalibrationReport}'s tables and the {@link Finding} rows.
 */
public final class CalibrationReadings {
    private CalibrationReadings() {}

    /** The (method, annotator) with the largest JSD reduction, and what it did to the entropy correlation. */
    public static String largestGain(Table summary) {
        if (summary.rowCount() == 0) return "No annotator was calibrated.";
        Table s = summary.sortAscendingOn("change_pct");
        String r = f("The largest gain is %s on %s: mean JSD %.3f → %.3f (%+.1f%%), entropy ρ %.2f → %.2f.",
                s.stringColumn("method").get(0), Names.model(s.stringColumn("model").get(0)),
                s.doubleColumn("jsd_uncalibrated").get(0), s.doubleColumn("jsd_calibrated").get(0),
                s.doubleColumn("change_pct").get(0), s.doubleColumn("entropy_rho_uncalibrated").get(0),
                s.doubleColumn("entropy_rho").get(0));
        return s.doubleColumn("change_pct").get(0) >= 0 ? r + " No method lowers any annotator's JSD here." : r;
    }

    /**
     * One method's change by agreement level: per level, the range over annotators of the relative
     * JSD change, over the (annotator, level) rows with at least {@link Charts#MIN_BAR_ITEMS} items
     * (fewer would decide the sentence on a handful of comments). A level whose uncalibrated JSD is
     * near 0 (full agreement) gets large relative changes from small absolute ones: said with it.
     */
    public static String byAgreement(Table byAgreement, String method) {
        Table m = byAgreement.where(byAgreement.stringColumn("method").isEqualTo(method));
        Table kept = m.where(m.intColumn("n").isGreaterThanOrEqualTo(Charts.MIN_BAR_ITEMS));
        if (kept.rowCount() == 0) return "No agreement level has enough items to read " + method + " by level.";
        String per = kept.stringColumn("agreement").unique().asList().stream().sorted(java.util.Comparator.comparingInt(
                (String l) -> org.emogap.data.Agreement.LABELS.indexOf(l) < 0 ? Integer.MAX_VALUE : org.emogap.data.Agreement.LABELS.indexOf(l))
                .thenComparing(java.util.Comparator.naturalOrder())).map(level -> {
            Table l = kept.where(kept.stringColumn("agreement").isEqualTo(level));
            double lo = l.doubleColumn("change_pct").min(), hi = l.doubleColumn("change_pct").max();
            // the row with the largest change: from a JSD near 0 a small step is a large percentage
            Table top = l.sortDescendingOn("change_pct");
            double jsd = top.doubleColumn("jsd_uncalibrated").get(0);
            String small = Math.abs(hi) > 50 && jsd < 0.1
                    ? f(" (the %+.0f%% starts from a JSD of %.3f: a large percentage of a small distance)", hi, jsd) : "";
            return f("%s %+.1f%% to %+.1f%%%s", level, lo, hi, small);
        }).collect(Collectors.joining("; "));
        String thin = m.rowCount() == kept.rowCount() ? ""
                : f(" (%d annotator-level rows with fewer than %d items are left out)", m.rowCount() - kept.rowCount(),
                Charts.MIN_BAR_ITEMS);
        return f("%s changes the mean JSD, by agreement level over the annotators: %s%s. Calibration fits one average "
                + "correction, so it can help one level and hurt another.", method, per, thin);
    }

    /** The two human floors of the calibration's own items. */
    public static String floors(double finiteSample, double splitHalf) {
        return f("A perfect model would still score a mean JSD of %.3f against these panels (finite-sample floor); two "
                + "half-panels of the raters differ by %.3f (half-panel against half-panel, not a floor a model could "
                + "reach).", finiteSample, splitHalf);
    }

    /**
     * EmoBank: per method, MAE and the spread of the means before and after (averaged over
     * dimensions and models), and whether the method moved the spread toward the humans'.
     */
    public static String emobank(Table ebTable, List<String> methods) {
        return methods.stream().map(m -> {
            Table t = ebTable.where(ebTable.stringColumn("method").isEqualTo(m));
            if (t.rowCount() == 0) return m + ": no rows.";
            double sdBefore = t.doubleColumn("sd_model").mean(), sdAfter = t.doubleColumn("sd_calibrated").mean(),
                    sdHuman = t.doubleColumn("sd_human").mean();
            String spread = Math.abs(sdAfter - sdHuman) < Math.abs(sdBefore - sdHuman) ? "toward the humans' (undoing compression)"
                    : "away from the humans' (compressing further)";
            return f("%s changes the MAE from %.3f to %.3f and the SD of the means from %.3f to %.3f (humans: %.3f), averaged "
                            + "over dimensions and models: the spread moves %s.", m, t.doubleColumn("mae_uncalibrated").mean(),
                    t.doubleColumn("mae_calibrated").mean(), sdBefore, sdAfter, sdHuman, spread);
        }).collect(Collectors.joining(" "));
    }

    /** How many findings rows and claims, by verdict. */
    public static String findingsCount(List<Finding> findings, String written) {
        Map<String, Long> counts = findings.stream().collect(Collectors.groupingBy(x -> x.verdict().startsWith(Finding.NOT_TESTABLE)
                ? Finding.NOT_TESTABLE : x.verdict(), TreeMap::new, Collectors.counting()));
        return f("%d rows over %d claims: %s. Written to `%s`.", findings.size(), findings.stream().mapToInt(Finding::id).distinct().count(),
                counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", ")), written);
    }

    /** Every finding as Markdown: the claim once, then one bullet per scope with verdict, reading and rule. */
    public static String findings(List<Finding> findings) {
        StringBuilder s = new StringBuilder();
        int last = -1;
        for (Finding x : findings) {
            if (x.id() != last) s.append(f("%n**%d. %s** (paper: %s)%n%n", x.id(), x.claim(), x.paper()));
            last = x.id();
            s.append(f("- *%s* — **%s.** %s  %n  Rule: %s.%n", x.scope(), x.verdict(), x.reading(), x.rule()));
        }
        return s.toString();
    }
}
