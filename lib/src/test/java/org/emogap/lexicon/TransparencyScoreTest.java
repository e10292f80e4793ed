package org.emogap.lexicon;

import org.emogap.data.HumanItems;
import org.emogap.encoder.SentenceEncoder;
import org.emogap.notebook.TransparencyCharts;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

import static org.junit.jupiter.api.Assertions.*;

/** The glue from human items to the results table, with a stand-in encoder, and the charts built from it. */
class TransparencyScoreTest {
    /** Looks vectors up by text, so the expected cosines are known. */
    private record FixedEncoder(Map<String, float[]> vecs) implements SentenceEncoder {
        @Override public String id() { return "fixed"; }
        @Override public int dimension() { return 2; }
        @Override public float[][] embed(List<String> texts, LongConsumer progress) {
            return texts.stream().map(t -> { float[] v = vecs.get(t); if (v == null) throw new IllegalArgumentException(t); return v; }).toArray(float[][]::new);
        }
        @Override public void close() { }
    }

    @Test
    void positivesAreTextsAnyRaterLabelledAndColumnsFollowTheFile() {
        List<String> cats = List.of("joy", "anger");
        // item a: 2 raters, one chose joy -> rate 0.5 -> positive for joy; item b: 3 raters, 1/3 anger; item c: none
        HumanItems human = new HumanItems(cats, new String[]{"a", "b", "c"}, new double[]{0.5, 0, 0, 1.0 / 3, 0, 0},
                new int[]{2, 3, 2}, new String[]{"partial_agreement", "partial_agreement", "full_agreement"},
                new byte[][]{{}, {}, {}}, "fixture", "core-test");
        Map<String, String> text = Map.of("a", "Joyful!", "b", "calm", "c", "angry words");
        FixedEncoder enc = new FixedEncoder(Map.of("joy", new float[]{1, 0}, "anger", new float[]{0, 1},
                "Joyful!", new float[]{1, 0}, "calm", new float[]{1, 1}, "angry words", new float[]{0, 1}));
        Lexicon lex = new Lexicon(cats, List.of(new Cue("joy", "joyful", Cue.WORDNET_DERIVATION), new Cue("anger", "angry", Cue.WORDNET_DERIVATION)));
        Table t = Transparency.score(human, text, lex, CueMatcher.wordNet(), enc);
        // joy: P={a}: cos 1, lexicon 1; anger: P={b} ("angry words" is c, which nobody labelled): cos 1/sqrt 2, lexicon 0
        assertEquals(List.of(1, 1), t.intColumn("n_positive").asList());
        assertEquals(1.0, t.doubleColumn("embedding_part").getDouble(0), 1e-9);
        assertEquals(Math.sqrt(0.5), t.doubleColumn("embedding_part").getDouble(1), 1e-7);
        assertEquals(List.of(1.0, 0.0), t.doubleColumn("lexicon_part").asList());
        assertEquals(List.of(1.0, 0.0), t.doubleColumn("score").asList());
        Table w = Transparency.withAgreement(t, TransparencyTest.categoryRows(new Object[][]{{"m", "pooled", "all", "joy", 0.4}, {"m", "pooled", "all", "anger", 0.1}}));
        assertEquals(List.of("category", "n_positive", "embedding_part", "lexicon_part", "embedding_scaled", "lexicon_scaled",
                "score", "agreement_mean", "agreement_undefined", "source", "core_set"), w.columnNames());
        assertEquals("core-test", w.stringColumn("core_set").get(1));
        assertThrows(IllegalArgumentException.class, () -> Transparency.score(human, Map.of("a", "x"), lex, CueMatcher.wordNet(), enc));

        // the charts draw every category with a score
        String bars = TransparencyCharts.scores(w).asJavascript("d1");
        assertTrue(bars.contains("joy") && bars.contains("anger"), bars);
        assertTrue(TransparencyCharts.scoreVsAgreement(w, "t").asJavascript("d2").contains("anger"));
        assertTrue(TransparencyCharts.parts(w).asJavascript("d3").contains("joy"));
    }

    @Test
    void threeLexiconsSideBySideDifferOnlyInTheirLexiconPart() {
        List<String> cats = List.of("joy", "anger");
        // a "I made it" and b "so mad" labelled anger by 1 of 2 raters; c "happy" labelled joy
        HumanItems human = new HumanItems(cats, new String[]{"a", "b", "c"}, new double[]{0, 0.5, 0, 0.5, 0.5, 0},
                new int[]{2, 2, 2}, new String[]{"partial_agreement", "partial_agreement", "partial_agreement"},
                new byte[][]{{}, {}, {}}, "fixture", "core-test");
        Map<String, String> text = Map.of("a", "I made it", "b", "so mad", "c", "happy");
        FixedEncoder enc = new FixedEncoder(Map.of("joy", new float[]{1, 0}, "anger", new float[]{0, 1},
                "I made it", new float[]{0, 1}, "so mad", new float[]{1, 1}, "happy", new float[]{1, 0}));
        Lexicon ours = new Lexicon(cats, List.of(new Cue("joy", "happy", Cue.WORDNET_SYNONYM), new Cue("anger", "angry", Cue.WORDNET_SYNONYM)));
        Lexicon paper = new Lexicon(cats, List.of(new Cue("joy", "happy", Cue.PAPER), new Cue("anger", "mad", Cue.PAPER)));
        LexiconVariants.Comparison c = LexiconVariants.compare(human, text, enc,
                TransparencyTest.categoryRows(new Object[][]{{"m", "pooled", "all", "joy", 0.5}, {"m", "pooled", "all", "anger", 0.1}}),
                LexiconVariants.standard(ours, paper, CueMatcher.wordNet()), org.emogap.RunMode.EMOGAP);
        // anger: no "angry" in its texts (0); "mad" is a substring of "made" and of "mad" (1); as a token only in b (0.5)
        Table cov = c.coverage();
        assertEquals(List.of("category", "n_positive", "coverage_emogap_token", "coverage_paper_substring", "coverage_paper_token"), cov.columnNames());
        assertEquals(1.0, cov.doubleColumn("coverage_emogap_token").getDouble(0), 0);
        assertEquals(0.0, cov.doubleColumn("coverage_emogap_token").getDouble(1), 0);
        assertEquals(1.0, cov.doubleColumn("coverage_paper_substring").getDouble(1), 0);
        assertEquals(0.5, cov.doubleColumn("coverage_paper_token").getDouble(1), 0);
        // one test row per variant and category filter; two categories are too few for a correlation
        assertEquals(6, c.tests().rowCount());
        assertEquals(List.of("token", "token", "substring", "substring", "token", "token"), c.tests().stringColumn("matching").asList());
        assertTrue(Double.isNaN(c.tests().doubleColumn("spearman").getDouble(0)));
    }
}
