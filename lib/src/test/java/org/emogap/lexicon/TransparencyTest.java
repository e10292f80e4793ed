package org.emogap.lexicon;

import org.emogap.stats.Correlations;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class TransparencyTest {
    private static final double EPS = 1e-9;

    @Test
    void minMaxScalesFiniteValuesAndKeepsNaN() {
        // (x - 2) / (4 - 2)
        assertArrayEquals(new double[]{0, 1, Double.NaN, 0.5}, Transparency.minMax(new double[]{2, 4, Double.NaN, 3}), EPS);
        assertArrayEquals(new double[]{0, 0}, Transparency.minMax(new double[]{5, 5}), EPS);
    }

    @Test
    void cosineToTheMeanNotTheMeanOfCosines() {
        // mean of (1,1),(1,-1) is (1,0): cosine 1 with (1,0); mean of (0,1),(1,1) is (0.5,1): 0.5/sqrt(1.25)
        assertEquals(1.0, Transparency.cosineToMean(new float[]{1, 0}, List.of(new float[]{1, 1}, new float[]{1, -1})), EPS);
        assertEquals(0.5 / Math.sqrt(1.25), Transparency.cosineToMean(new float[]{1, 0}, List.of(new float[]{0, 1}, new float[]{1, 1})), EPS);
        assertTrue(Double.isNaN(Transparency.cosineToMean(new float[]{1, 0}, List.of())));
    }

    @Test
    void scoreOnATinyHandWorkedExample() {
        // categories joy, anger, fear, love; label vectors joy (1,0), anger (0,1), fear (1,0), love (0,1)
        // t0 "what a joyful day"   (1,0) joy        -> joy cue "joyful"
        // t1 "I'm angrier than ever" (0,1) anger    -> anger cue "angry" via base form
        // t2 "fine, whatever"      (1,1) joy, fear -> no cue
        // joy:   P={t0,t2}, mean (1,.5): cos 1/sqrt(1.25) = .894427; lexicon 1/2
        // anger: P={t1}, cos 1; lexicon 1
        // fear:  P={t2}, cos 1/sqrt 2 = .707107; lexicon 0 (cue "fear" absent)
        // love:  P={} -> NaN, left out of scaling
        // embedding scaled (x - .707107)/(1 - .707107): .639552, 1, 0; lexicon scaled .5, 1, 0
        // score .569776, 1, 0 (the same arithmetic repeated in NumPy)
        List<String> cats = List.of("joy", "anger", "fear", "love");
        float[][] labels = {{1, 0}, {0, 1}, {1, 0}, {0, 1}};
        List<String> texts = List.of("what a joyful day", "I'm angrier than ever", "fine, whatever");
        float[][] vecs = {{1, 0}, {0, 1}, {1, 1}};
        boolean[][] pos = {{true, false, false, false}, {false, true, false, false}, {true, false, true, false}};
        Lexicon lex = new Lexicon(cats, List.of(new Cue("joy", "joy", Cue.WORDNET_SYNONYM), new Cue("joy", "joyful", Cue.WORDNET_DERIVATION),
                new Cue("anger", "angry", Cue.WORDNET_DERIVATION), new Cue("fear", "fear", Cue.WORDNET_SYNONYM)));
        Table t = Transparency.table(Transparency.parts(cats, labels, texts, vecs, pos, lex, CueMatcher.wordNet()));
        assertEquals(List.of(2, 1, 1, 0), t.intColumn("n_positive").asList());
        double[] emb = t.doubleColumn("embedding_part").asDoubleArray(), lx = t.doubleColumn("lexicon_part").asDoubleArray();
        assertArrayEquals(new double[]{0.894427191, 1, 0.707106781}, new double[]{emb[0], emb[1], emb[2]}, 1e-8);
        assertArrayEquals(new double[]{0.5, 1, 0}, new double[]{lx[0], lx[1], lx[2]}, EPS);
        double[] s = t.doubleColumn("score").asDoubleArray();
        assertEquals(0.56977594, s[0], 1e-8);
        assertEquals(1.0, s[1], EPS);
        assertEquals(0.0, s[2], EPS);
        assertTrue(Double.isNaN(s[3]) && Double.isNaN(emb[3]) && Double.isNaN(lx[3]));
        assertEquals(0.63955188, t.doubleColumn("embedding_scaled").getDouble(0), 1e-8);
    }

    @Test
    void paperModeLeavesSmallCategoriesEmptyAndScalesWithEpsilon() {
        // parts: a (10 positives, emb 0.2, lex 0.1), b (4 positives: NaN in paper mode), c (8, 0.6, 0.5), d (6, 0.4, NaN lexicon)
        List<Transparency.Part> parts = List.of(new Transparency.Part("a", 10, 0.2, 0.1), new Transparency.Part("b", 4, 0.9, 0.9),
                new Transparency.Part("c", 8, 0.6, 0.5), new Transparency.Part("d", 6, 0.4, Double.NaN));
        Table p = Transparency.table(parts, org.emogap.RunMode.PAPER);
        double[] emb = p.doubleColumn("embedding_scaled").asDoubleArray(), score = p.doubleColumn("score").asDoubleArray();
        // embedding over a, c, d: min 0.2, max 0.6: (x − 0.2) / (0.4 + 1e-12)
        assertEquals(0.0, emb[0], 0);
        assertTrue(Double.isNaN(emb[1]) && Double.isNaN(score[1]));
        assertEquals(0.4 / (0.4 + 1e-12), emb[2], 1e-15);
        assertEquals(0.2 / (0.4 + 1e-12), emb[3], 1e-15);
        // lexicon over a, c: (0.5 − 0.1) / (0.4 + 1e-12) for c; d has no lexicon part, so its score is its embedding part alone
        assertEquals((0.4 / (0.4 + 1e-12) + 0.4 / (0.4 + 1e-12)) / 2, score[2], 1e-15);
        assertEquals(emb[3], score[3], 0);
        // the emogap mode keeps b and leaves d's score empty
        Table e = Transparency.table(parts, org.emogap.RunMode.EMOGAP);
        assertFalse(Double.isNaN(e.doubleColumn("score").getDouble(1)));
        assertTrue(Double.isNaN(e.doubleColumn("score").getDouble(3)));
    }

    static Table categoryRows(Object[][] rows) {
        StringColumn m = StringColumn.create("model"), temp = StringColumn.create("temperature"),
                lv = StringColumn.create("agreement_level"), lab = StringColumn.create("label");
        DoubleColumn rho = DoubleColumn.create("spearman");
        for (Object[] r : rows) { m.append((String) r[0]); temp.append((String) r[1]); lv.append((String) r[2]); lab.append((String) r[3]); rho.append((Double) r[4]); }
        return Table.create("category_agreement", m, temp, lv, lab, rho);
    }

    @Test
    void agreementIsAveragedOverModelsUsingPooledOrOnlyTemperature() {
        Table cat = categoryRows(new Object[][]{
                {"a", "0.7", "all", "joy", 0.9}, {"a", "0.7", "all", "anger", 0.9},      // a has a pooled row: T=0.7 ignored
                {"a", "pooled", "all", "joy", 0.5}, {"a", "pooled", "all", "anger", Double.NaN},
                {"a", "pooled", "full_agreement", "joy", 9.0},                            // other levels ignored
                {"b", "pooled", "all", "joy", 0.3}, {"b", "pooled", "all", "anger", 0.4},
                {"c", "1.0", "all", "joy", 0.1}, {"c", "1.0", "all", "anger", 0.6}});     // c: its only temperature
        Map<String, Double> a = Transparency.agreementByCategory(cat);
        // joy (0.5 + 0.3 + 0.1) / 3 = 0.3; anger: a's NaN left out, (0.4 + 0.6) / 2 = 0.5
        assertEquals(0.3, a.get("joy"), EPS);
        assertEquals(0.5, a.get("anger"), EPS);
        assertEquals(3, Transparency.nModels(cat));
        // the left-out NaN is counted, not dropped silently
        assertEquals(Map.of("joy", 0, "anger", 1), Transparency.undefinedByCategory(cat));
    }

    @Test
    void spearmanOverAllAndOverLargeCategories() {
        Table t = Table.create("x", StringColumn.create("category", List.of("a", "b", "c", "d", "e")),
                IntColumn.create("n_positive", 100, 100, 10, 100, 100),
                DoubleColumn.create("score", 0.1, 0.2, 0.3, 0.4, 0.5),
                DoubleColumn.create("agreement_mean", 0.2, 0.1, 0.4, 0.3, Double.NaN));
        // all finite pairs a-d: ranks 1234 vs 2143, sum d^2 = 4, rho = 1 - 24/60 = 0.6; SciPy p = 0.4
        Correlations.Correlation all = Transparency.test(t, 0);
        assertEquals(0.6, all.r(), EPS);
        assertEquals(0.4, all.p(), 1e-9);
        assertEquals(4, all.n());
        // n >= 50: a, b, d: ranks 123 vs 213, rho = 1 - 12/24 = 0.5; p = 1 - 2 atan(1/sqrt 3)/pi = 2/3 (SciPy agrees)
        Correlations.Correlation big = Transparency.test(t, 50);
        assertEquals(0.5, big.r(), EPS);
        assertEquals(2.0 / 3, big.p(), 1e-9);
        assertEquals(3, big.n());
    }

    @Test
    void withAgreementPutsColumnsInFileOrder() {
        Table t = Transparency.table(List.of(new Transparency.Part("joy", 3, 0.5, 0.2), new Transparency.Part("anger", 4, 0.6, 0.1)));
        Table w = Transparency.withAgreement(t, categoryRows(new Object[][]{{"a", "pooled", "all", "joy", 0.25}, {"a", "pooled", "all", "anger", Double.NaN}}));
        assertEquals(List.of("category", "n_positive", "embedding_part", "lexicon_part", "embedding_scaled", "lexicon_scaled", "score",
                "agreement_mean", "agreement_undefined"), w.columnNames());
        assertEquals(0.25, w.doubleColumn("agreement_mean").getDouble(0), EPS);
        assertTrue(Double.isNaN(w.doubleColumn("agreement_mean").getDouble(1)));
        assertEquals(List.of(0, 1), w.intColumn("agreement_undefined").asList());
    }
}
