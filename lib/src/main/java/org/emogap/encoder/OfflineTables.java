package org.emogap.encoder;

import org.emogap.data.EmoText;
import org.emogap.data.GoComment;
import org.emogap.dist.Divergences;
import org.emogap.judgment.Judgment;
import org.emogap.stats.Correlations;
import org.emogap.stats.Descriptive;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Small tables that put offline judgments next to the human ones: a few examples per dataset and
 * a first score per annotator (the full comparison is the job of the compare notebooks). Scores
 * leave out items an annotator was trained on and say how many that was.
 */
public final class OfflineTables {
    private OfflineTables() {}

    /**
     * The heads on held-out test data, one row per encoder: GoEmotions macro-F1 next to always
     * answering the majority label, EmoBank Pearson r per dimension. {@code goTest} may be empty.
     */
    public static Table headEvaluation(Map<String, GoHead> goHeads, Map<String, VadHead> vadHeads,
                                       List<org.emogap.data.SplitExample> goTest, List<EmoText> emoTest) {
        StringColumn enc = StringColumn.create("encoder");
        DoubleColumn f1 = DoubleColumn.create("goemotions_macro_f1"), base = DoubleColumn.create("majority_label_macro_f1");
        DoubleColumn[] r = new DoubleColumn[3];
        for (int d = 0; d < 3; d++) r[d] = DoubleColumn.create("emobank_r_" + EmoText.DIMENSIONS[d]);
        for (String id : vadHeads.keySet()) {
            enc.append(id);
            GoHead g = goHeads.get(id);
            GoHead.Evaluation ge = g == null || goTest.isEmpty() ? null : g.evaluate(goTest, n -> { });
            f1.append(ge == null ? Double.NaN : ge.macroF1());
            base.append(ge == null ? Double.NaN : ge.majorityMacroF1());
            double[] p = vadHeads.get(id).evaluate(emoTest, n -> { }).pearson();
            for (int d = 0; d < 3; d++) r[d].append(p[d]);
        }
        Table t = Table.create("Heads on held-out test data (" + goTest.size() + " GoEmotions comments, " + emoTest.size() + " EmoBank texts)", enc, f1, base);
        t.addColumns(r);
        return t;
    }

    /** Judgments grouped by model, in first-seen order. */
    public static Map<String, List<Judgment>> byModel(List<Judgment> judgments, String dataset) {
        Map<String, List<Judgment>> m = new LinkedHashMap<>();
        for (Judgment j : judgments) if (j.dataset().equals(dataset)) m.computeIfAbsent(j.model(), k -> new ArrayList<>()).add(j);
        return m;
    }

    /** "joy .60, love .40": the top {@code n} labels of a vector with their values (zeros left out). */
    public static String topLabels(double[] v, List<String> labels, int n) {
        Integer[] idx = new Integer[v.length];
        for (int i = 0; i < idx.length; i++) idx[i] = i;
        Arrays.sort(idx, Comparator.comparingDouble((Integer i) -> -v[i]).thenComparingInt(i -> i));
        StringBuilder b = new StringBuilder();
        for (int r = 0; r < Math.min(n, v.length) && v[idx[r]] > 0; r++) {
            b.append(r == 0 ? "" : ", ").append(labels.get(idx[r])).append(String.format(Locale.ROOT, " %.2f", v[idx[r]]));
        }
        return b.toString();
    }

    static String shorten(String text, int max) {
        String t = text.replaceAll("\\s+", " ").strip();
        return t.length() <= max ? t : t.substring(0, max - 1) + "…";
    }

    /** The first {@code n} comments: text, the human rates' top labels, and each model's top labels. */
    public static Table goExamples(List<GoComment> comments, List<String> labels, List<Judgment> judgments, int n) {
        Map<String, List<Judgment>> models = byModel(judgments, Annotators.GOEMOTIONS);
        List<GoComment> shown = comments.subList(0, Math.min(n, comments.size()));
        Table t = Table.create("GoEmotions: example judgments (top 3 labels)");
        t.addColumns(StringColumn.create("item", shown.stream().map(GoComment::id).toList()),
                StringColumn.create("text", shown.stream().map(c -> shorten(c.text(), 70)).toList()),
                StringColumn.create("human rates", shown.stream().map(c -> topLabels(c.rates(), labels, 3)).toList()));
        for (var e : models.entrySet()) {
            Map<String, Judgment> byItem = new LinkedHashMap<>();
            e.getValue().forEach(j -> byItem.put(j.itemId(), j));
            t.addColumns(StringColumn.create(e.getKey(), shown.stream().map(c -> {
                Judgment j = byItem.get(c.id());
                return j == null ? "" : topLabels(j.values(), labels, 3) + (j.inTraining() ? " (trained on)" : "");
            }).toList()));
        }
        return t;
    }

    /** The first {@code n} texts: human mean V/A/D and each model's. */
    public static Table emoExamples(List<EmoText> texts, List<Judgment> judgments, int n) {
        Map<String, List<Judgment>> models = byModel(judgments, Annotators.EMOBANK);
        List<EmoText> shown = texts.subList(0, Math.min(n, texts.size()));
        Table t = Table.create("EmoBank: example judgments (V / A / D)");
        t.addColumns(StringColumn.create("item", shown.stream().map(EmoText::id).toList()),
                StringColumn.create("text", shown.stream().map(x -> shorten(x.text(), 70)).toList()),
                StringColumn.create("human mean", shown.stream().map(x -> vad(x.mean())).toList()));
        for (var e : models.entrySet()) {
            Map<String, Judgment> byItem = new LinkedHashMap<>();
            e.getValue().forEach(j -> byItem.put(j.itemId(), j));
            t.addColumns(StringColumn.create(e.getKey(), shown.stream().map(x -> {
                Judgment j = byItem.get(x.id());
                return j == null ? "" : vad(j.values()) + (j.inTraining() ? " (trained on)" : "");
            }).toList()));
        }
        return t;
    }

    private static String vad(double[] v) {
        return String.format(Locale.ROOT, "%.2f / %.2f / %.2f", v[0], v[1], v[2]);
    }

    /**
     * Per GoEmotions model: items judged, items left out as trained on, mean JSD (bits) to the human
     * distribution over the rest; last row the uniform distribution, the floor of knowing nothing.
     */
    public static Table goScores(List<GoComment> comments, List<Judgment> judgments) {
        Map<String, GoComment> human = new LinkedHashMap<>();
        comments.forEach(c -> human.put(c.id(), c));
        StringColumn model = StringColumn.create("model"), kind = StringColumn.create("kind");
        IntColumn items = IntColumn.create("items"), trained = IntColumn.create("trained_on_left_out");
        DoubleColumn jsd = DoubleColumn.create("mean_jsd");
        for (var e : byModel(judgments, Annotators.GOEMOTIONS).entrySet()) {
            double s = 0;
            int n = 0, left = 0;
            for (Judgment j : e.getValue()) {
                GoComment c = human.get(j.itemId());
                if (c == null) continue;
                if (j.inTraining()) { left++; continue; }
                s += Divergences.jsd(c.distribution(), j.values());
                n++;
            }
            model.append(e.getKey());
            kind.append(e.getValue().get(0).kind());
            items.append(n);
            trained.append(left);
            jsd.append(n == 0 ? Double.NaN : s / n);
        }
        int k = comments.isEmpty() ? 0 : comments.get(0).distribution().length;
        double[] u = new double[k];
        Arrays.fill(u, 1.0 / Math.max(1, k));
        model.append("uniform");
        kind.append("baseline");
        items.append(comments.size());
        trained.append(0);
        jsd.append(comments.stream().mapToDouble(c -> Divergences.jsd(c.distribution(), u)).average().orElse(Double.NaN));
        return Table.create("GoEmotions: mean JSD to the human distribution (bits, 0 = identical, 1 = disjoint)", model, kind, items, trained, jsd);
    }

    /** Per EmoBank model: items, items left out as trained on, Pearson r and MAE of each dimension against the human means. */
    public static Table emoScores(List<EmoText> texts, List<Judgment> judgments) {
        Map<String, EmoText> human = new LinkedHashMap<>();
        texts.forEach(t -> human.put(t.id(), t));
        StringColumn model = StringColumn.create("model"), kind = StringColumn.create("kind");
        IntColumn items = IntColumn.create("items"), trained = IntColumn.create("trained_on_left_out");
        DoubleColumn[] r = new DoubleColumn[3], mae = new DoubleColumn[3];
        for (int d = 0; d < 3; d++) {
            r[d] = DoubleColumn.create("r_" + EmoText.DIMENSIONS[d]);
            mae[d] = DoubleColumn.create("mae_" + EmoText.DIMENSIONS[d]);
        }
        for (var e : byModel(judgments, Annotators.EMOBANK).entrySet()) {
            List<double[]> h = new ArrayList<>(), m = new ArrayList<>();
            int left = 0;
            for (Judgment j : e.getValue()) {
                EmoText t = human.get(j.itemId());
                if (t == null) continue;
                if (j.inTraining()) { left++; continue; }
                h.add(t.mean());
                m.add(j.values());
            }
            model.append(e.getKey());
            kind.append(e.getValue().get(0).kind());
            items.append(h.size());
            trained.append(left);
            for (int d = 0; d < 3; d++) {
                final int dim = d;
                double[] hd = h.stream().mapToDouble(v -> v[dim]).toArray(), md = m.stream().mapToDouble(v -> v[dim]).toArray();
                r[d].append(Correlations.pearson(hd, md).r());
                mae[d].append(Descriptive.mae(hd, md));
            }
        }
        Table t = Table.create("EmoBank: agreement with the human mean ratings", model, kind, items, trained);
        t.addColumns(r);
        t.addColumns(mae);
        return t;
    }
}
