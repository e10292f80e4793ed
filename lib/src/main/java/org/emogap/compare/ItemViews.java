package org.emogap.compare;

import org.emogap.dist.Rows;
import org.emogap.data.HumanItems;
import org.emogap.dist.Divergences;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Items, not averages: a few items of one annotator picked so a reader can point at one comment
 * and see what a mean hides. Per agreement level the item of median JSD, then the annotator's
 * closest and farthest items; for each, the text, every rater's labels, and the top labels of
 * the human and the model distributions.
 */
public final class ItemViews {
    private ItemViews() {}

    /** One chosen item of an annotator. */
    public record View(String why, String itemId, String agreement, String text, List<String> raters, double jsd,
                       String[] labels, double[] human, double[] model) {
        /** The labels with the largest human or model share, at most {@code n} ({@link Rows#topIndexes}). */
        public List<Integer> topLabels(int n) {
            return Rows.topIndexes(n, human, model);
        }
    }

    /**
     * The example items of one annotator's comparison: per agreement level (in the order of
     * {@code levels}) its median-JSD item, then the lowest- and the highest-JSD item overall.
     */
    public static List<View> examples(ItemMetrics im, Map<String, String> textById, List<String> levels) {
        HumanItems h = im.human();
        double[] jsd = im.jsd(), mv = im.modelValues();
        double[] hd = h.distributionRows();
        int k = h.k();
        List<View> out = new ArrayList<>();
        for (String level : levels) {
            int[] rows = IntStream.range(0, im.n()).filter(r -> im.agreement(r).equals(level)).toArray();
            if (rows.length == 0) continue;
            Integer[] sorted = Arrays.stream(rows).boxed().sorted(Comparator.comparingDouble(r -> jsd[r])).toArray(Integer[]::new);
            out.add(view("median JSD at " + level.replace('_', ' ') + " (" + rows.length + " items)", im, sorted[sorted.length / 2], textById, hd, mv, k));
        }
        if (im.n() > 0) {
            int lo = 0, hi = 0;
            for (int r = 1; r < im.n(); r++) {
                if (jsd[r] < jsd[lo]) lo = r;
                if (jsd[r] > jsd[hi]) hi = r;
            }
            out.add(view("closest to the humans", im, lo, textById, hd, mv, k));
            out.add(view("farthest from the humans", im, hi, textById, hd, mv, k));
        }
        return out;
    }

    private static View view(String why, ItemMetrics im, int r, Map<String, String> textById, double[] hd, double[] mv, int k) {
        HumanItems h = im.human();
        int row = im.humanRow(r);
        byte[] ratings = h.ratingsRef(row);
        List<String> raters = new ArrayList<>();
        for (int rater = 0; rater < ratings.length / k; rater++) {
            List<String> chosen = new ArrayList<>();
            for (int j = 0; j < k; j++) if (ratings[rater * k + j] != 0) chosen.add(h.labels().get(j));
            raters.add(chosen.isEmpty() ? "(none)" : String.join("+", chosen));
        }
        double[] human = Arrays.copyOfRange(hd, row * k, row * k + k);
        double[] model = Divergences.normalize(Arrays.copyOfRange(mv, r * k, r * k + k));
        return new View(why, h.idRef(row), im.agreement(r), textById.getOrDefault(h.idRef(row), ""), raters, im.jsd()[r],
                h.labels().toArray(String[]::new), human, model);
    }

    /** The views as one table: why, item, agreement, JSD, the raters' labels, the text. */
    public static Table table(List<View> views) {
        return Table.create("example items",
                StringColumn.create("why", views.stream().map(View::why).toList()),
                StringColumn.create("item_id", views.stream().map(View::itemId).toList()),
                StringColumn.create("agreement", views.stream().map(View::agreement).toList()),
                DoubleColumn.create("jsd", views.stream().mapToDouble(View::jsd).toArray()),
                IntColumn.create("n_raters", views.stream().mapToInt(v -> v.raters().size()).toArray()),
                StringColumn.create("raters_labels", views.stream().map(v -> String.join(" | ", v.raters())).toList()),
                StringColumn.create("text", views.stream().map(View::text).toList()));
    }

    /** One sentence about a view: the humans' top label and share against the model's. */
    public static String reading(View v, String model) {
        int ht = Rows.argmax(v.human()), mt = Rows.argmax(v.model());
        return String.format(java.util.Locale.ROOT, "%s (%s): the raters gave %s; the humans' top label is %s (%.0f%%), %s's is %s (%.0f%%)%s, JSD %.3f.",
                v.why(), v.itemId(), String.join(" | ", v.raters()), v.labels()[ht], 100 * v.human()[ht], model, v.labels()[mt], 100 * v.model()[mt],
                ht == mt ? (v.model()[mt] > v.human()[ht] + 0.2 ? ": the same label, held far more surely than the raters hold it" : ": the same label")
                        : ": a different label", v.jsd());
    }

}
