package org.emogap.notebook;

import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.emogap.notebook.GoReadings.f;

/** The reading sentences of the what-if notebook (08), from {@link org.emogap.whatif.WhatIf}'s tables. */
public final class WhatIfReadings {
    private WhatIfReadings() {}

    /** The core set and the judgments the what-ifs start from. */
    public static String inputs(int coreItems, int judgments, Map<String, Set<String>> kindsByModel) {
        return f("Core set: %,d comments; %,d judgments of %d annotators: %s.", coreItems, judgments, kindsByModel.size(), kindsByModel);
    }

    /** Per series, mean JSD with the fewest and with the most samples per text. */
    public static String convergence(Table curves) {
        return curves.splitOn("series").asTableList().stream().map(t -> {
            Table v = t.dropWhere(t.doubleColumn("mean_jsd").isMissing()).sortAscendingOn("n_samples");
            if (v.rowCount() == 0) return t.stringColumn("series").get(0) + ": too few samples.";
            int last = v.rowCount() - 1;
            return f("%s: %.3f with %d sample(s), %.3f with %d.", v.stringColumn("series").get(0), v.doubleColumn("mean_jsd").get(0),
                    v.intColumn("n_samples").get(0), v.doubleColumn("mean_jsd").get(last), v.intColumn("n_samples").get(last));
        }).collect(Collectors.joining(" "));
    }

    /** Single-temperature rows of the sampled annotators: entropy and JSD ranges against the humans' entropy. */
    public static String temperatures(Table tempRows) {
        if (tempRows.rowCount() == 0) return "No annotator has per-temperature judgments.";
        double hm = tempRows.doubleColumn("mean_entropy_human").mean();
        double lo = tempRows.doubleColumn("mean_entropy_model").min(), hi = tempRows.doubleColumn("mean_entropy_model").max();
        String side = hi < hm ? "below the humans' at every temperature (over-confident)"
                : lo > hm ? "above the humans' at every temperature (under-confident)" : "crossing the humans' as T changes";
        return f("For the sampled annotators, single temperatures give a model entropy from %.2f to %.2f bits (humans: %.2f), %s, "
                        + "and a mean JSD from %.3f to %.3f.", lo, hi, hm, side, tempRows.doubleColumn("mean_jsd").min(),
                tempRows.doubleColumn("mean_jsd").max());
    }

    /**
     * Mean JSD over annotators with the 28 labels and with a coarser grouping, each read against the
     * finite-sample floor at its own grouping (fewer classes lower humans' JSD to each other too).
     */
    public static String granularity(Table byGranularity, String grouping, int groups, double floor28, double floorGrouping) {
        double all = byGranularity.where(byGranularity.stringColumn("setting").isEqualTo("labels")).doubleColumn("mean_jsd").mean();
        double g = byGranularity.where(byGranularity.stringColumn("setting").isEqualTo(grouping)).doubleColumn("mean_jsd").mean();
        String verdict = g / floorGrouping < all / floor28 ? "the models come closer to the humans' own noise"
                : "relative to the humans' own noise the models do not come closer: the drop is the coarser scale";
        return f("Mean JSD over annotators: %.3f with 28 labels (%.1f× its floor %.3f), %.3f with %s, %d groups (%.1f× its floor "
                + "%.3f): %s.", all, all / floor28, floor28, g, grouping, groups, g / floorGrouping, floorGrouping, verdict);
    }

    /** How many comments a level selection keeps. */
    public static String composition(int kept, int all, Map<String, Long> byLevel) {
        return f("%,d of %,d core-set comments are kept (%s).", kept, all, byLevel);
    }

    /** The what-if calibration: one sentence per annotator. */
    public static String calibration(Table summary, int folds) {
        if (summary.rowCount() == 0) return "No annotator has enough items for " + folds + " folds with these choices.";
        return summary.stream().map((Row r) -> f("%s: %s changes the mean JSD by %+.1f%%.", Names.model(r.getString("model")),
                r.getString("method"), r.getDouble("change_pct"))).collect(Collectors.joining(" "));
    }
}
