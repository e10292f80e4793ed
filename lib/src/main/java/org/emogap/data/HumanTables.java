package org.emogap.data;

import org.emogap.dist.Divergences;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.List;

/**
 * The tables notebook 01 shows and writes: one row per item with its human judgments, label
 * frequencies, SDs by dimension, core-set strata. Here rather than in {@code data} because the
 * entropy comes from {@code dist}.
 */
public final class HumanTables {
    private HumanTables() {}

    /**
     * One row per GoEmotions comment: item_id, n_raters, n_very_unclear, agreement, entropy_bits
     * (of the human distribution), top_label (most-ticked; ties → first in label order), source.
     */
    public static Table goSummary(GoRaw raw) {
        List<GoComment> cs = raw.comments();
        StringColumn id = StringColumn.create("item_id");
        IntColumn n = IntColumn.create("n_raters");
        IntColumn unclear = IntColumn.create("n_very_unclear");
        StringColumn level = StringColumn.create("agreement");
        DoubleColumn entropy = DoubleColumn.create("entropy_bits");
        StringColumn top = StringColumn.create("top_label");
        for (GoComment c : cs) {
            id.append(c.id());
            n.append(c.nRaters());
            unclear.append(c.veryUnclearCount());
            level.append(c.agreement().label());
            entropy.append(Divergences.entropy(c.distribution()));
            int[] v = c.votes();
            int best = 0;
            for (int k = 1; k < v.length; k++) if (v[k] > v[best]) best = k;
            top.append(v[best] == 0 ? "(none)" : GoEmotions.labels().get(best));
        }
        StringColumn source = StringColumn.create("source", cs.size());
        source.setMissingTo(raw.source());
        return Table.create("goemotions human summary", id, n, unclear, level, entropy, top, source);
    }

    /**
     * Per label: how many ratings ticked it, that count's share of all ratings, and the mean rate
     * r_k over comments. Sorted by count, largest first.
     */
    public static Table goLabelFrequency(GoRaw raw) {
        int k = GoEmotions.K;
        long[] ticks = new long[k];
        double[] rateSum = new double[k];
        for (GoComment c : raw.comments()) {
            int[] v = c.votes();
            double[] r = c.rates();
            for (int j = 0; j < k; j++) {
                ticks[j] += v[j];
                rateSum[j] += r[j];
            }
        }
        long ratings = Math.max(1, raw.comments().stream().mapToLong(GoComment::nRaters).sum());
        Table t = Table.create("label frequency", StringColumn.create("label", GoEmotions.labels()),
                IntColumn.create("ratings", java.util.Arrays.stream(ticks).mapToInt(Math::toIntExact).toArray()),
                DoubleColumn.create("share_of_ratings", java.util.Arrays.stream(ticks).mapToDouble(x -> x / (double) ratings).toArray()),
                DoubleColumn.create("mean_rate", java.util.Arrays.stream(rateSum).map(x -> x / Math.max(1, raw.comments().size())).toArray()));
        return t.sortDescendingOn("ratings");
    }

    /**
     * One row per EmoBank text: item_id, split, n_ratings, mean_V/A/D, sd_V/A/D (ddof=1),
     * mean_vad_std, agreement ("" when n < 2), valence_band, source.
     */
    public static Table emoSummary(EmoBankData data) {
        StringColumn id = StringColumn.create("item_id");
        StringColumn split = StringColumn.create("split");
        IntColumn n = IntColumn.create("n_ratings");
        DoubleColumn[] mean = {DoubleColumn.create("mean_V"), DoubleColumn.create("mean_A"), DoubleColumn.create("mean_D")};
        DoubleColumn[] sd = {DoubleColumn.create("sd_V"), DoubleColumn.create("sd_A"), DoubleColumn.create("sd_D")};
        DoubleColumn mvs = DoubleColumn.create("mean_vad_std");
        StringColumn level = StringColumn.create("agreement");
        StringColumn band = StringColumn.create("valence_band");
        for (EmoText t : data.texts()) {
            id.append(t.id());
            split.append(t.split());
            n.append(t.n());
            double[] m = t.mean(), s = t.sd();
            for (int d = 0; d < 3; d++) {
                mean[d].append(m[d]);
                sd[d].append(s[d]);
            }
            mvs.append(t.meanVadStd());
            level.append(t.n() < 2 ? "" : t.agreement().label());
            band.append(t.valenceBand());
        }
        StringColumn source = StringColumn.create("source", data.texts().size());
        source.setMissingTo(data.source());
        return Table.create("emobank human summary", id, split, n, mean[0], mean[1], mean[2], sd[0], sd[1], sd[2], mvs, level, band, source);
    }

    /** Long form for a box plot of rating SDs: one row per (text, dimension) with n ≥ 2. */
    public static Table emoSdByDimension(EmoBankData data) {
        StringColumn dim = StringColumn.create("dimension");
        DoubleColumn sd = DoubleColumn.create("sd");
        for (EmoText t : data.texts()) {
            if (t.n() < 2) continue;
            double[] s = t.sd();
            for (int d = 0; d < 3; d++) {
                dim.append(EmoText.DIMENSIONS[d]);
                sd.append(s[d]);
            }
        }
        return Table.create("rating SD by dimension", dim, sd);
    }

    /** Per dimension: mean, median and max of the per-text SDs (n ≥ 2). */
    public static Table emoSdSummary(EmoBankData data) {
        Table sd = emoSdByDimension(data);
        StringColumn dim = StringColumn.create("dimension", EmoText.DIMENSIONS);
        DoubleColumn mean = DoubleColumn.create("mean_sd"), median = DoubleColumn.create("median_sd"), max = DoubleColumn.create("max_sd");
        for (String d : EmoText.DIMENSIONS) {
            DoubleColumn c = sd.where(sd.stringColumn("dimension").isEqualTo(d)).doubleColumn("sd");
            mean.append(c.mean());
            median.append(c.median());
            max.append(c.max());
        }
        return Table.create("EmoBank rating SD by dimension (" + data.source() + ")", dim, mean, median, max);
    }

    /** The strata of a drawn core set: available, requested, taken, topped up. */
    public static Table strata(CoreSet cs) {
        Table t = Table.create(cs.dataset() + " core set (seed " + cs.seed() + ")",
                StringColumn.create("stratum"), IntColumn.create("available"), IntColumn.create("requested"),
                IntColumn.create("taken"), IntColumn.create("topped_up"));
        for (CoreSet.Stratum s : cs.strata()) {
            t.stringColumn("stratum").append(s.name());
            t.intColumn("available").append(s.available());
            t.intColumn("requested").append(s.requested());
            t.intColumn("taken").append(s.taken());
            t.intColumn("topped_up").append(s.toppedUp());
        }
        return t;
    }

    /** Items per value of a column, with shares: e.g. {@code counts(summary, "agreement")}. */
    public static Table counts(Table table, String column) {
        Table t = table.countBy(table.categoricalColumn(column));
        IntColumn count = (IntColumn) t.column("Count");
        DoubleColumn share = DoubleColumn.create("share", count.size());
        for (int i = 0; i < count.size(); i++) share.set(i, count.getInt(i) / (double) table.rowCount());
        t.column("Count").setName("items");
        return t.addColumns(share).sortAscendingOn(column).setName(column);
    }
}
