package org.emogap.notebook;

import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Axis;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.components.Margin;
import tech.tablesaw.plotly.components.Marker;
import tech.tablesaw.plotly.traces.BarTrace;
import tech.tablesaw.plotly.traces.ScatterTrace;
import tech.tablesaw.plotly.traces.Trace;

/**
 * Charts of the lexical-transparency notebook, from the table of
 * {@code org.emogap.lexicon.Transparency} (columns as in {@code results/goemotions/transparency.csv}).
 * Categories without positive texts (NaN score) are left out.
 */
public final class TransparencyCharts {
    private TransparencyCharts() {}

    /** Per category, most transparent first: the two scaled parts and their mean, the score. */
    public static Figure scores(Table transparency) {
        Table t = finite(transparency, "score").sortDescendingOn("score");
        Object[] cats = t.stringColumn("category").asObjectArray();
        Trace emb = BarTrace.builder(cats, t.doubleColumn("embedding_scaled").asDoubleArray()).name("embedding part (scaled)").build();
        Trace lex = BarTrace.builder(cats, t.doubleColumn("lexicon_scaled").asDoubleArray()).name("lexicon part (scaled)").build();
        Trace score = BarTrace.builder(cats, t.doubleColumn("score").asDoubleArray()).name("score").build();
        Layout layout = Layout.builder("Lexical transparency per category (min–max scaled over categories)")
                .barMode(Layout.BarMode.GROUP).margin(Margin.builder().bottom(120).build())
                .xAxis(Axis.builder().title("category, most transparent first").build())
                .yAxis(Axis.builder().title("scaled value (0–1)").build()).build();
        return new Figure(layout, emb, lex, score);
    }

    /** Transparency score against the per-category agreement averaged over models, one labelled point per category. */
    public static Figure scoreVsAgreement(Table withAgreement, String title) {
        Table t = finite(finite(withAgreement, "score"), "agreement_mean");
        Trace points = ScatterTrace.builder(t.doubleColumn("score").asDoubleArray(), t.doubleColumn("agreement_mean").asDoubleArray())
                .mode(ScatterTrace.Mode.TEXT_AND_MARKERS).text(t.stringColumn("category").asObjectArray())
                .marker(Marker.builder().size(8).build()).name("categories").build();
        Layout layout = Layout.builder(title).xAxis(Axis.builder().title("transparency score").build())
                .yAxis(Axis.builder().title("agreement (Spearman human vs model rates), mean over models").build()).build();
        return new Figure(layout, points);
    }

    /** The two unscaled parts against each other: how far embedding and cue words tell the same story. */
    public static Figure parts(Table transparency) {
        Table t = finite(transparency, "score");
        Trace points = ScatterTrace.builder(t.doubleColumn("embedding_part").asDoubleArray(), t.doubleColumn("lexicon_part").asDoubleArray())
                .mode(ScatterTrace.Mode.TEXT_AND_MARKERS).text(t.stringColumn("category").asObjectArray())
                .marker(Marker.builder().size(8).build()).name("categories").build();
        Layout layout = Layout.builder("Embedding part vs lexicon part per category")
                .xAxis(Axis.builder().title("cosine(label word, mean text embedding)").build())
                .yAxis(Axis.builder().title("share of positive texts with a cue word").build()).build();
        return new Figure(layout, points);
    }

    private static Table finite(Table t, String column) {
        return t.where(t.doubleColumn(column).isNotMissing());
    }
}
