package org.emogap.notebook;

import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Axis;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.components.Margin;
import tech.tablesaw.plotly.components.Marker;
import tech.tablesaw.plotly.components.Symbol;
import tech.tablesaw.plotly.traces.ScatterTrace;
import tech.tablesaw.plotly.traces.Trace;

/**
 * Charts of the lexical-transparency notebook, from the table of
 * {@code org.emogap.lexicon.Transparency} (columns as in {@code results/goemotions/transparency.csv}).
 * Categories without positive texts (NaN score) are left out.
 */
public final class TransparencyCharts {
    private TransparencyCharts() {}

    /**
     * Per category, a dot plot (a row per category, most transparent at the top): the two scaled
     * parts and their mean, the score. Three bars for each of 28 categories could not be read.
     */
    public static Figure scores(Table transparency) {
        Table t = finite(transparency, "score").sortAscendingOn("score");
        StringColumn cats = t.stringColumn("category");
        Trace emb = ScatterTrace.builder(t.doubleColumn("embedding_scaled"), cats).mode(ScatterTrace.Mode.MARKERS)
                .marker(Marker.builder().size(8).symbol(Symbol.CIRCLE).build()).name("embedding part (scaled)").build();
        Trace lex = ScatterTrace.builder(t.doubleColumn("lexicon_scaled"), cats).mode(ScatterTrace.Mode.MARKERS)
                .marker(Marker.builder().size(8).symbol(Symbol.SQUARE_X).build()).name("lexicon part (scaled)").build();
        Trace score = ScatterTrace.builder(t.doubleColumn("score"), cats).mode(ScatterTrace.Mode.MARKERS)
                .marker(Marker.builder().size(11).symbol(Symbol.DIAMOND).build()).name("score").build();
        Layout layout = Layout.builder("Lexical transparency per category (min–max scaled over categories)")
                .height(Math.max(400, 24 * t.rowCount() + 120)).width(800).margin(Margin.builder().left(120).build())
                .xAxis(Axis.builder().title("scaled value (0–1)").range(-0.05, 1.05).build())
                .yAxis(Axis.builder().title("category, most transparent at the top").build()).build();
        return new Figure(layout, emb, lex, score);
    }

    /** Transparency score against the per-category agreement averaged over models (names: see {@link #points}). */
    public static Figure scoreVsAgreement(Table withAgreement, String title) {
        Table t = finite(finite(withAgreement, "score"), "agreement_mean");
        Layout layout = Layout.builder(title).xAxis(Axis.builder().title("transparency score").build())
                .yAxis(Axis.builder().title("agreement (Spearman human vs model rates), mean over models").build()).build();
        return new Figure(layout, points(t, "score", "agreement_mean"));
    }

    /** The two unscaled parts against each other: how far embedding and cue words tell the same story. */
    public static Figure parts(Table transparency) {
        Table t = finite(transparency, "score");
        Layout layout = Layout.builder("Embedding part vs lexicon part per category")
                .xAxis(Axis.builder().title("cosine(label word, mean text embedding)").build())
                .yAxis(Axis.builder().title("share of positive texts with a cue word").build()).build();
        return new Figure(layout, points(t, "embedding_part", "lexicon_part"));
    }

    /**
     * One point per category, named on hover; only the categories at either end of either axis
     * (the {@link #LABELLED} largest and smallest) carry a visible name, so names do not overlap.
     */
    static Trace[] points(Table t, String x, String y) {
        java.util.Set<String> named = new java.util.LinkedHashSet<>();
        for (String c : new String[]{x, y}) {
            Table s = t.sortAscendingOn(c);
            for (int i = 0; i < Math.min(LABELLED, s.rowCount()); i++) {
                named.add(s.stringColumn("category").get(i));
                named.add(s.stringColumn("category").get(s.rowCount() - 1 - i));
            }
        }
        Trace all = ScatterTrace.builder(t.doubleColumn(x).asDoubleArray(), t.doubleColumn(y).asDoubleArray()).mode(ScatterTrace.Mode.MARKERS)
                .text(t.stringColumn("category").asObjectArray()).marker(Marker.builder().size(8).build()).name("categories").build();
        Table n = t.where(t.stringColumn("category").isIn(named));
        Trace names = ScatterTrace.builder(n.doubleColumn(x).asDoubleArray(), n.doubleColumn(y).asDoubleArray()).mode(ScatterTrace.Mode.TEXT)
                .text(n.stringColumn("category").asObjectArray()).name("named: the extremes").build();
        return new Trace[]{all, names};
    }

    /** How many categories at each end of each axis are named on a scatter. */
    static final int LABELLED = 2;

    private static Table finite(Table t, String column) {
        return t.where(t.doubleColumn(column).isNotMissing());
    }
}
