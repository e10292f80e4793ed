package org.emogap.compare;

import org.emogap.data.VadHumanItem;
import org.emogap.dist.VadOrdinal.Binning;
import org.emogap.dist.VadOrdinal;
import org.emogap.judgment.VadModelItem;
import org.emogap.judgment.VadModelRun;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Per-text ordinal distances on EmoBank: the Wasserstein-1 distance between the human 5-bin
 * rating histogram and the model's histogram, next to the two human noise floors of the same
 * text and dimension. A sampled model's histogram rounds each sample to the nearest rating
 * ({@link Binning#ROUND}); a point prediction (no samples) splits its unit mass between the two
 * ratings around it ({@link Binning#SPLIT}), which keeps its mean instead of moving it up to half a
 * point. The table's {@code binning} column says which was used.
 */
public final class VadDistances {
    /** Random halvings of the raters averaged into the split-half floor. */
    public static final int SPLITS = 20;
    /** Resamples averaged into the resample floor. */
    public static final int DRAWS = 20;

    private VadDistances() {}

    /**
     * The human noise floors per text and dimension: {@code item_id, agreement, valence_band,
     * dimension, n_human, floor_split_half, floor_resample}. The resample floor draws as many
     * ratings as the text has raters. Each text's generator comes from the seed and its id.
     */
    public static Table floors(List<VadHumanItem> humans, long seed) {
        Table t = Table.create("emobank_wasserstein_floors",
                StringColumn.create("item_id"), StringColumn.create("agreement"), StringColumn.create("valence_band"),
                StringColumn.create("dimension"), IntColumn.create("n_human"),
                DoubleColumn.create("floor_split_half"), DoubleColumn.create("floor_resample"));
        for (VadHumanItem h : humans) {
            double[] f = floorsOf(h, seed);
            for (int d = 0; d < 3; d++) {
                t.stringColumn("item_id").append(h.itemId());
                t.stringColumn("agreement").append(h.agreement());
                t.stringColumn("valence_band").append(h.valenceBand());
                t.stringColumn("dimension").append(VadHumanItem.DIMENSIONS[d]);
                t.intColumn("n_human").append(h.n());
                t.doubleColumn("floor_split_half").append(f[d]);
                t.doubleColumn("floor_resample").append(f[3 + d]);
            }
        }
        return t;
    }

    /**
     * W1 per (run, text, dimension) for every text that both the humans and the run have and that
     * is not in the run's training data: {@code model, kind, temperature, item_id, agreement,
     * valence_band, dimension, binning, n_human, n_model_samples, wasserstein, floor_split_half,
     * floor_resample}. Rows follow the order of {@code runs}, then {@code humans}, then V, A, D.
     */
    public static Table perItem(List<VadHumanItem> humans, List<VadModelRun> runs, long seed) {
        Table t = Table.create("emobank_wasserstein_items",
                StringColumn.create("model"), StringColumn.create("kind"), StringColumn.create("temperature"),
                StringColumn.create("item_id"), StringColumn.create("agreement"), StringColumn.create("valence_band"),
                StringColumn.create("dimension"), StringColumn.create("binning"), IntColumn.create("n_human"),
                IntColumn.create("n_model_samples"), DoubleColumn.create("wasserstein"),
                DoubleColumn.create("floor_split_half"), DoubleColumn.create("floor_resample"));
        Map<String, double[]> floors = new LinkedHashMap<>();
        for (VadModelRun run : runs) {
            for (VadHumanItem h : humans) {
                VadModelItem m = run.items().get(h.itemId());
                if (m == null || m.inTraining()) continue;
                double[] f = floors.computeIfAbsent(h.itemId(), id -> floorsOf(h, seed));
                Binning binning = m.nSamples() > 0 ? Binning.ROUND : Binning.SPLIT;
                for (int d = 0; d < 3; d++) {
                    double[] values = m.nSamples() > 0 ? m.sampleColumn(d) : new double[]{m.mean()[d]};
                    t.stringColumn("model").append(run.model());
                    t.stringColumn("kind").append(run.kind());
                    t.stringColumn("temperature").append(run.temperature());
                    t.stringColumn("item_id").append(h.itemId());
                    t.stringColumn("agreement").append(h.agreement());
                    t.stringColumn("valence_band").append(h.valenceBand());
                    t.stringColumn("dimension").append(VadHumanItem.DIMENSIONS[d]);
                    t.stringColumn("binning").append(binning.label());
                    t.intColumn("n_human").append(h.n());
                    t.intColumn("n_model_samples").append(m.nSamples());
                    t.doubleColumn("wasserstein").append(VadOrdinal.wasserstein(h.histogram(d), VadOrdinal.histogram(values, binning)));
                    t.doubleColumn("floor_split_half").append(f[d]);
                    t.doubleColumn("floor_resample").append(f[3 + d]);
                }
            }
        }
        return t;
    }

    /** {@code [split V, split A, split D, resample V, resample A, resample D]} for one text. */
    static double[] floorsOf(VadHumanItem h, long seed) {
        SplittableRandom rng = VadOrdinal.rngFor(seed, h.itemId());
        double[] f = new double[6];
        for (int d = 0; d < 3; d++) f[d] = VadOrdinal.splitHalfFloor(h.column(d), SPLITS, rng);
        for (int d = 0; d < 3; d++) f[3 + d] = VadOrdinal.resampleFloor(h.histogram(d), h.n(), DRAWS, rng);
        return f;
    }
}
