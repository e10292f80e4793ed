package org.emogap.notebook;

import tech.tablesaw.api.DoubleColumn;
import java.util.Map;
import tech.tablesaw.api.Table;

import static org.emogap.notebook.GoReadings.f;

/**
 * The reading sentences of the human side (notebook 01) and of the environment's demonstration
 * (notebook 00), from {@link org.emogap.data.HumanTables}' tables; rows are found by name.
 */
public final class HumanReadings {
    private HumanReadings() {}

    /** Notebook 00's two demo models: the same top label, different distance to the humans. */
    public static String demo(Table demo) {
        double sure = value(demo, "who", "sure model", "jsd_to_humans"), hedging = value(demo, "who", "hedging model", "jsd_to_humans");
        return f("Both models pick joy, yet the sure model is %.3f from the humans and the hedging one only %.3f: the label "
                + "is shared, the uncertainty is not.", sure, hedging);
    }

    static double value(Table t, String keyColumn, String key, String column) {
        Table r = t.where(t.stringColumn(keyColumn).isEqualTo(key));
        if (r.rowCount() != 1) throw new IllegalArgumentException(r.rowCount() + " rows with " + keyColumn + " = '" + key + "' in " + t.name());
        return r.numberColumn(column).getDouble(0);
    }

    /**
     * Which core set a notebook uses: its size, where it came from (notebook 01's file, or drawn here
     * with the seed), small mode, and its agreement levels.
     *
     * @param seed the seed it was drawn with, null when it was read from notebook 01's file
     */
    public static String coreSet(String unit, int n, Long seed, int sample, Map<String, Long> levels) {
        return f("The comparison uses %,d core-set %s (%s; core set %s); agreement levels: %s.", n, unit,
                sample > 0 ? "small mode, the first " + sample : "all of them",
                seed == null ? "read from notebook 01's file" : "drawn here with seed " + seed, levels);
    }

    /** Share of partial-agreement comments and the median panel size. */
    public static String goPanels(String source, Table goSummary) {
        double partial = goSummary.where(goSummary.stringColumn("agreement").isEqualTo("partial_agreement")).rowCount()
                / (double) goSummary.rowCount();
        return f("In %s, %.0f%% of the %,d comments are partial agreement, and the median comment has %d raters.", source,
                100 * partial, goSummary.rowCount(), (int) goSummary.intColumn("n_raters").median());
    }

    /** The human entropy, and what its zeros are. */
    public static String goEntropy(Table goSummary) {
        DoubleColumn h = goSummary.doubleColumn("entropy_bits");
        Table zero = goSummary.where(h.isEqualTo(0.0));
        long full = zero.stringColumn("agreement").isEqualTo("full_agreement").size();
        return f("Human entropy has median %.2f bits (mean %.2f). %,d comments (%.0f%%) have 0 bits: every vote went to one "
                        + "label. Only %,d of them are full-agreement items; in the other %,d some raters chose no label at all "
                        + "(a rater who marks a comment very unclear counts as choosing none).", h.median(), h.mean(), zero.rowCount(),
                100.0 * zero.rowCount() / h.size(), full, zero.rowCount() - full);
    }

    /** The most and the least used label. */
    public static String goLabels(Table labelFrequency) {
        Table s = labelFrequency.sortDescendingOn("share_of_ratings");
        int last = s.rowCount() - 1;
        return f("The most used label is %s (%.1f%% of ratings), the least used %s (%.2f%%).", s.stringColumn("label").get(0),
                100 * s.doubleColumn("share_of_ratings").get(0), s.stringColumn("label").get(last),
                100 * s.doubleColumn("share_of_ratings").get(last));
    }

    /**
     * EmoBank: the dimension raters agree least on, and what dropping the V=A=D=1 ratings changes.
     *
     * @param kept, dropped {@link org.emogap.data.HumanTables#emoSdSummary} with and without those ratings
     * @param lowKept, lowDropped low-agreement sentences with and without them
     */
    public static String emoSpread(Table kept, Table dropped, long allOnesDropped, int lowKept, int lowDropped) {
        Table widest = kept.sortDescendingOn("mean_sd");
        return f("Raters agree least on %s (mean SD %.2f; V %.2f, A %.2f, D %.2f). Dropping the %,d V=A=D=1 ratings of corpus "
                        + "sentences lowers the mean valence SD from %.2f to %.2f and the low-agreement sentences from %,d to %,d.",
                widest.stringColumn("dimension").get(0), widest.doubleColumn("mean_sd").get(0), value(kept, "dimension", "V", "mean_sd"),
                value(kept, "dimension", "A", "mean_sd"), value(kept, "dimension", "D", "mean_sd"), allOnesDropped,
                value(kept, "dimension", "V", "mean_sd"), value(dropped, "dimension", "V", "mean_sd"), lowKept, lowDropped);
    }
}
