package org.emogap.whatif;

import java.util.stream.Stream;
import org.emogap.compare.NoiseFloor;
import org.emogap.data.Agreement;
import org.emogap.data.GoComment;
import org.emogap.data.HumanItems;
import org.emogap.dist.LabelGrouping;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.Arrays;
import java.util.List;

/** The comparison library's noise floors, summarised per agreement level for the calibration notebook. */
public final class Floors {
    private Floors() {}

    /**
     * {@code agreement} ("all" first, then the three levels), {@code n_split_half, split_half_jsd,
     * n_finite_sample, finite_sample_jsd}: mean JSD of {@link NoiseFloor#splitHalf} and
     * {@link NoiseFloor#finiteSample} ({@link NoiseFloor#REPEATS} draws per comment). No comments,
     * no rows.
     */
    public static Table jsdByAgreement(List<GoComment> comments, String raterSource, long seed) {
        Table t = Table.create("noise floors", StringColumn.create("agreement"), IntColumn.create("n_split_half"),
                DoubleColumn.create("split_half_jsd"), IntColumn.create("n_finite_sample"), DoubleColumn.create("finite_sample_jsd"));
        if (comments.isEmpty()) return t;
        HumanItems humans = HumanItems.of(comments, raterSource, "core");
        NoiseFloor split = NoiseFloor.splitHalf(humans, NoiseFloor.REPEATS, seed), finite = NoiseFloor.finiteSample(humans, NoiseFloor.REPEATS, seed);
        for (String level : Stream.concat(Stream.of("all"), Agreement.LABELS.stream()).toList()) {
            double[] s = split.metric("jsd", level), f = finite.metric("jsd", level);
            t.stringColumn("agreement").append(level);
            t.intColumn("n_split_half").append(s.length);
            t.doubleColumn("split_half_jsd").append(Arrays.stream(s).average().orElse(Double.NaN));
            t.intColumn("n_finite_sample").append(f.length);
            t.doubleColumn("finite_sample_jsd").append(Arrays.stream(f).average().orElse(Double.NaN));
        }
        return t;
    }

    /**
     * The finite-sample floor's mean JSD at a label grouping (the comments' rater rates at
     * {@code g}, {@link NoiseFloor#finiteSampleMetrics}): a coarser grouping lowers the JSD of humans
     * against humans too, so a model's JSD at a grouping is read against this, not the 28-label floor.
     */
    public static double finiteSampleJsd(List<GoComment> comments, LabelGrouping g, long seed) {
        if (comments.isEmpty()) return Double.NaN;
        int k = g.size();
        double[] rates = new double[comments.size() * k];
        int[] nr = new int[comments.size()];
        for (int i = 0; i < comments.size(); i++) {
            System.arraycopy(g.raterRates(comments.get(i).ratings()), 0, rates, i * k, k);
            nr[i] = comments.get(i).nRaters();
        }
        return Arrays.stream(NoiseFloor.finiteSampleMetrics(rates, nr, k, NoiseFloor.REPEATS, seed).jsd()).average().orElse(Double.NaN);
    }
}
