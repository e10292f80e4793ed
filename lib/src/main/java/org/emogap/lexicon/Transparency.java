package org.emogap.lexicon;

import org.emogap.RunMode;
import org.emogap.data.HumanItems;
import org.emogap.encoder.SentenceEncoder;
import org.emogap.judgment.Temperature;
import org.emogap.stats.Correlations;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Lexical transparency per GoEmotions category (docs/method.md §4): how plainly the texts humans gave a
 * category say so in words. With P_c the texts at least one rater labelled c:
 * <ul>
 *   <li>embedding part: cosine between the embedding of the label word and the mean embedding of P_c;</li>
 *   <li>lexicon part: share of P_c containing at least one cue of c (token match, {@link CueMatcher},
 *       or the paper's substring rule, {@link TextMatcher#substring()});</li>
 *   <li>score: mean of the two parts after min–max scaling each over the categories.</li>
 * </ul>
 * A category with no positive text has NaN parts and score and takes no part in the scaling.
 *
 * <p>Paper mode (the authors' {@code lexical_transparency.py}): a category with fewer than
 * {@link #PAPER_MIN_POSITIVE} positive texts gets NaN parts; min–max divides by (max − min + 1e-12);
 * the score is the mean of the scaled parts that are not NaN.
 */
public final class Transparency {
    /** The paper's size filter for the second test: categories with at least this many positive texts. */
    public static final int MIN_POSITIVE = 50;

    /** The paper script's minimum of positive texts for a category to get parts at all. */
    public static final int PAPER_MIN_POSITIVE = 5;
    /** The paper script's guard in the min–max denominator. */
    public static final double PAPER_MINMAX_EPSILON = 1e-12;

    private Transparency() {}

    /** The per-category parts before scaling. */
    public record Part(String category, int nPositive, double embeddingPart, double lexiconPart) {}

    /**
     * Min–max scaling: (x − min) / (max − min) over the finite values; NaN stays NaN. When all finite
     * values are equal there is no spread to scale and every one of them maps to 0.
     */
    public static double[] minMax(double[] x) {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (double v : x) if (Double.isFinite(v)) { lo = Math.min(lo, v); hi = Math.max(hi, v); }
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = !Double.isFinite(x[i]) ? Double.NaN : hi > lo ? (x[i] - lo) / (hi - lo) : 0.0;
        }
        return out;
    }

    /** The paper's min–max: (x − min) / (max − min + 1e-12) over the finite values; NaN stays NaN. */
    public static double[] minMaxPaper(double[] x) {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (double v : x) if (Double.isFinite(v)) { lo = Math.min(lo, v); hi = Math.max(hi, v); }
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) out[i] = Double.isFinite(x[i]) ? (x[i] - lo) / (hi - lo + PAPER_MINMAX_EPSILON) : Double.NaN;
        return out;
    }

    /** Cosine between a vector and the (unnormalised) mean of some rows; NaN for no rows. */
    public static double cosineToMean(float[] v, List<float[]> rows) {
        if (rows.isEmpty()) return Double.NaN;
        double[] mean = new double[v.length];
        for (float[] r : rows) {
            if (r.length != v.length) throw new IllegalArgumentException("embedding of length " + r.length + ", label embedding has " + v.length);
            for (int d = 0; d < v.length; d++) mean[d] += r[d];
        }
        double dot = 0, nv = 0, nm = 0;
        for (int d = 0; d < v.length; d++) {
            double m = mean[d] / rows.size();
            dot += v[d] * m;
            nv += (double) v[d] * v[d];
            nm += m * m;
        }
        return dot / Math.sqrt(nv * nm);
    }

    /**
     * The two parts per category from precomputed embeddings.
     *
     * @param categories  category names, in output order
     * @param labelVecs   one embedding per category (of its label word)
     * @param texts       the item texts
     * @param textVecs    one embedding per text
     * @param positive    positive[i][c]: at least one rater gave text i category c
     */
    public static List<Part> parts(List<String> categories, float[][] labelVecs, List<String> texts, float[][] textVecs,
                                   boolean[][] positive, Lexicon lexicon, TextMatcher matcher) {
        int n = texts.size(), k = categories.size();
        if (labelVecs.length != k) throw new IllegalArgumentException(labelVecs.length + " label embeddings for " + k + " categories");
        if (textVecs.length != n || positive.length != n) throw new IllegalArgumentException(n + " texts, " + textVecs.length + " embeddings, " + positive.length + " positive rows");
        List<Part> out = new ArrayList<>(k);
        for (int c = 0; c < k; c++) {
            var cues = lexicon.words(categories.get(c));
            List<float[]> rows = new ArrayList<>();
            int hits = 0;
            for (int i = 0; i < n; i++) {
                if (positive[i].length != k) throw new IllegalArgumentException("positive row " + i + " has " + positive[i].length + " entries for " + k + " categories");
                if (!positive[i][c]) continue;
                rows.add(textVecs[i]);
                if (matcher.matches(texts.get(i), cues)) hits++;
            }
            double lex = rows.isEmpty() ? Double.NaN : (double) hits / rows.size();
            out.add(new Part(categories.get(c), rows.size(), cosineToMean(labelVecs[c], rows), lex));
        }
        return out;
    }

    /**
     * The transparency table of the human items: texts looked up by id, label words and texts
     * embedded with {@code encoder} (docs/method.md: all-MiniLM-L6-v2).
     */
    public static Table score(HumanItems human, Map<String, String> textById, Lexicon lexicon, TextMatcher matcher, SentenceEncoder encoder) {
        return score(human, textById, lexicon, matcher, encoder, RunMode.EMOGAP);
    }

    /** As above under a mode's rules; the paper mode is meant with the paper's lexicon and substring matching. */
    public static Table score(HumanItems human, Map<String, String> textById, Lexicon lexicon, TextMatcher matcher, SentenceEncoder encoder,
                              RunMode mode) {
        int n = human.n(), k = human.k();
        String[] ids = human.ids();
        List<String> texts = new ArrayList<>(n);
        boolean[][] pos = new boolean[n][k];
        for (int i = 0; i < n; i++) {
            String t = textById.get(ids[i]);
            if (t == null) throw new IllegalArgumentException("no text for item " + ids[i]);
            texts.add(t);
            for (int j = 0; j < k; j++) pos[i][j] = human.count(i, j) >= 1;
        }
        float[][] labelVecs = encoder.embed(human.labels());
        float[][] textVecs = encoder.embed(texts);
        Table t = table(parts(human.labels(), labelVecs, texts, textVecs, pos, lexicon, matcher), mode);
        StringColumn src = StringColumn.create("source"), core = StringColumn.create("core_set");
        for (int r = 0; r < t.rowCount(); r++) { src.append(human.raterSource()); core.append(human.coreSet()); }
        return t.addColumns(src, core);
    }

    /** {@code category, n_positive, embedding_part, lexicon_part, embedding_scaled, lexicon_scaled, score}. */
    public static Table table(List<Part> parts) {
        return table(parts, RunMode.EMOGAP);
    }

    /** As {@link #table(List)} under a mode's rules (see the class comment). */
    public static Table table(List<Part> parts, RunMode mode) {
        int k = parts.size();
        double[] emb = new double[k], lex = new double[k];
        for (int c = 0; c < k; c++) {
            boolean few = mode.paper() && parts.get(c).nPositive() < PAPER_MIN_POSITIVE;
            emb[c] = few ? Double.NaN : parts.get(c).embeddingPart();
            lex[c] = few ? Double.NaN : parts.get(c).lexiconPart();
        }
        double[] es = mode.paper() ? minMaxPaper(emb) : minMax(emb), ls = mode.paper() ? minMaxPaper(lex) : minMax(lex);
        double[] score = new double[k];
        for (int c = 0; c < k; c++) {
            if (!mode.paper()) score[c] = (es[c] + ls[c]) / 2;
            else score[c] = Double.isNaN(es[c]) ? ls[c] : Double.isNaN(ls[c]) ? es[c] : (es[c] + ls[c]) / 2;
        }
        return Table.create("transparency",
                StringColumn.create("category", parts.stream().map(Part::category).toList()),
                IntColumn.create("n_positive", parts.stream().mapToInt(Part::nPositive).toArray()),
                DoubleColumn.create("embedding_part", emb), DoubleColumn.create("lexicon_part", lex),
                DoubleColumn.create("embedding_scaled", es), DoubleColumn.create("lexicon_scaled", ls),
                DoubleColumn.create("score", score));
    }

    /**
     * Per category, the agreement (Spearman of per-item human vs model rates, over all items) averaged
     * over models, from {@code Compare.categoryTable}. One row per model: its pooled row, or its only
     * temperature when it has no pooled row; NaN agreements (a constant side) are left out of the mean.
     * Categories no model has a finite agreement for map to NaN.
     */
    public static Map<String, Double> agreementByCategory(Table categoryTable) {
        return agreementByCategory(categoryTable, new LinkedHashMap<>());
    }

    private static Map<String, Double> agreementByCategory(Table categoryTable, Map<String, Integer> undefined) {
        Map<String, String> chosenTemp = new TreeMap<>();
        for (int r = 0; r < categoryTable.rowCount(); r++) {
            if (!categoryTable.stringColumn("agreement_level").get(r).equals("all")) continue;
            String m = categoryTable.stringColumn("model").get(r), t = categoryTable.stringColumn("temperature").get(r);
            String cur = chosenTemp.get(m);
            if (cur == null || (t.equals(Temperature.POOLED_LABEL) && !cur.equals(Temperature.POOLED_LABEL))) chosenTemp.put(m, t);
        }
        Map<String, Double> sum = new LinkedHashMap<>();
        Map<String, Integer> cnt = new LinkedHashMap<>();
        for (int r = 0; r < categoryTable.rowCount(); r++) {
            if (!categoryTable.stringColumn("agreement_level").get(r).equals("all")) continue;
            String m = categoryTable.stringColumn("model").get(r);
            if (!categoryTable.stringColumn("temperature").get(r).equals(chosenTemp.get(m))) continue;
            String label = categoryTable.stringColumn("label").get(r);
            double rho = categoryTable.doubleColumn("spearman").getDouble(r);
            sum.putIfAbsent(label, 0.0);
            cnt.putIfAbsent(label, 0);
            undefined.putIfAbsent(label, 0);
            if (Double.isFinite(rho)) { sum.merge(label, rho, Double::sum); cnt.merge(label, 1, Integer::sum); }
            else undefined.merge(label, 1, Integer::sum);
        }
        Map<String, Double> out = new LinkedHashMap<>();
        for (String l : sum.keySet()) out.put(l, cnt.get(l) == 0 ? Double.NaN : sum.get(l) / cnt.get(l));
        return out;
    }

    /**
     * Per category, the models whose agreement ρ is undefined (a constant side: no item of the
     * category, or a model that never gives it) and is therefore left out of
     * {@link #agreementByCategory}'s mean. Always 0 in the paper mode, which counts such ρ as 0.
     */
    public static Map<String, Integer> undefinedByCategory(Table categoryTable) {
        Map<String, Integer> undefined = new LinkedHashMap<>();
        agreementByCategory(categoryTable, undefined);
        return undefined;
    }

    /** Models whose rows {@link #agreementByCategory} averages (distinct model names at level "all"). */
    public static int nModels(Table categoryTable) {
        return (int) categoryTable.where(categoryTable.stringColumn("agreement_level").isEqualTo("all")).stringColumn("model").countUnique();
    }

    /**
     * The transparency table with {@code agreement_mean} (NaN where no model has one) and
     * {@code agreement_undefined} (models left out of it, see {@link #undefinedByCategory}) inserted
     * before {@code source}, in the column order of {@code results/goemotions/transparency.csv}.
     */
    public static Table withAgreement(Table transparency, Table categoryTable) {
        Map<String, Double> agreement = agreementByCategory(categoryTable);
        Map<String, Integer> undefined = undefinedByCategory(categoryTable);
        Table t = transparency.copy();
        DoubleColumn a = DoubleColumn.create("agreement_mean");
        IntColumn u = IntColumn.create("agreement_undefined");
        for (String c : t.stringColumn("category")) {
            a.append(agreement.getOrDefault(c, Double.NaN));
            u.append(undefined.getOrDefault(c, 0));
        }
        List<String> order = new ArrayList<>(List.of("category", "n_positive", "embedding_part", "lexicon_part",
                "embedding_scaled", "lexicon_scaled", "score", "agreement_mean", "agreement_undefined"));
        t.addColumns(a, u);
        for (String c : List.of("source", "core_set")) if (t.containsColumn(c)) order.add(c);
        return t.selectColumns(order.toArray(String[]::new));
    }

    /**
     * Spearman's ρ (with its t-based p) between score and agreement_mean over the categories with at
     * least {@code minPositive} positive texts and both values finite.
     */
    public static Correlations.Correlation test(Table withAgreement, int minPositive) {
        List<Double> x = new ArrayList<>(), y = new ArrayList<>();
        for (int r = 0; r < withAgreement.rowCount(); r++) {
            double s = withAgreement.doubleColumn("score").getDouble(r), a = withAgreement.doubleColumn("agreement_mean").getDouble(r);
            if (withAgreement.intColumn("n_positive").get(r) >= minPositive && Double.isFinite(s) && Double.isFinite(a)) { x.add(s); y.add(a); }
        }
        return Correlations.spearman(x.stream().mapToDouble(Double::doubleValue).toArray(), y.stream().mapToDouble(Double::doubleValue).toArray());
    }
}
