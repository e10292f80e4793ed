package org.emogap.notebook;

import org.emogap.dist.Rows;
import org.emogap.calibrate.CalibrationInput;
import org.emogap.calibrate.CvResult;
import org.emogap.dist.Divergences;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Items, not only averages, after calibration (notebook 07): for one annotator and method, the
 * items whose out-of-fold JSD the calibration lowered most and raised most, each with the humans',
 * the uncalibrated and the calibrated distribution over their top labels.
 */
public final class CalibrationItems {
    private CalibrationItems() {}

    /** One item before and after. Distributions are over {@code labels}, normalised. */
    public record Item(String why, String itemId, String agreement, String text, double before, double after,
                       String[] labels, double[] human, double[] model, double[] calibrated) {
        /** The labels with the largest share in any of the three, at most {@code n} ({@link Rows#topIndexes}). */
        public List<Integer> topLabels(int n) {
            return Rows.topIndexes(n, human, model, calibrated);
        }
    }

    /**
     * The {@code n} items calibration helped most and the {@code n} it hurt most (by the change in
     * out-of-fold JSD), helped first.
     */
    public static List<Item> changed(CalibrationInput in, CvResult r, String method, List<String> labels, Map<String, String> textById, int n) {
        CvResult.Method m = r.method(method);
        double[] before = r.jsdUncalibrated(), after = m.jsd(), human = r.human(), model = r.model(), cal = m.calibrated();
        String[] ids = in.itemIds(), groups = in.groups();
        int k = r.k();
        Integer[] order = IntStream.range(0, before.length).boxed().sorted(Comparator.comparingDouble(i -> after[i] - before[i]))
                .toArray(Integer[]::new);
        List<Item> out = new ArrayList<>();
        int count = Math.min(n, order.length / 2);
        for (int q = 0; q < 2 * count; q++) {
            int i = q < count ? order[q] : order[order.length - 1 - (q - count)];
            String why = q < count ? "helped most" : "hurt most";
            out.add(new Item(why, ids[i], groups == null ? "" : groups[i], textById.getOrDefault(ids[i], ""), before[i], after[i],
                    labels.toArray(String[]::new), row(human, i, k), row(model, i, k), row(cal, i, k)));
        }
        return out;
    }

    private static double[] row(double[] rows, int i, int k) {
        return Divergences.normalize(Arrays.copyOfRange(rows, i * k, i * k + k));
    }

    /** The items as a table. */
    public static Table table(List<Item> items) {
        return Table.create("items calibration changed most",
                StringColumn.create("why", items.stream().map(Item::why).toList()),
                StringColumn.create("item_id", items.stream().map(Item::itemId).toList()),
                StringColumn.create("agreement", items.stream().map(Item::agreement).toList()),
                DoubleColumn.create("jsd_uncalibrated", items.stream().mapToDouble(Item::before).toArray()),
                DoubleColumn.create("jsd_calibrated", items.stream().mapToDouble(Item::after).toArray()),
                StringColumn.create("text", items.stream().map(Item::text).toList()));
    }

    /** One item's humans, uncalibrated and calibrated shares over its top labels. */
    public static Figure chart(Item v, String method, int topLabels) {
        Map<String, double[]> series = new java.util.LinkedHashMap<>();
        series.put("humans", v.human());
        series.put("uncalibrated", v.model());
        series.put(method, v.calibrated());
        return Charts.labelShares(String.format(Locale.ROOT, "%s by %s: %s (JSD %.2f → %.2f)", v.why(), method, v.itemId(),
                v.before(), v.after()), v.labels(), v.topLabels(topLabels), series);
    }

    /** One sentence: the humans' top label against the model's before and after, and the JSD change. */
    public static String reading(Item v, String method) {
        int h = Rows.argmax(v.human()), b = Rows.argmax(v.model()), a = Rows.argmax(v.calibrated());
        return String.format(Locale.ROOT, "%s (%s, %s): the humans' top label is %s (%.0f%%); uncalibrated the model gives %s %.0f%%, "
                        + "after %s %s %.0f%%; JSD %.3f → %.3f.", v.why(), v.itemId(), v.agreement().replace('_', ' '), v.labels()[h],
                100 * v.human()[h], v.labels()[b], 100 * v.model()[b], method, v.labels()[a], 100 * v.calibrated()[a], v.before(), v.after());
    }

}
