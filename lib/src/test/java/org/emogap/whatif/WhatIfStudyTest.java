package org.emogap.whatif;

import org.emogap.data.GoComment;
import org.emogap.data.GoEmotions;
import org.emogap.dist.LabelGrouping;
import org.emogap.judgment.Judgment;
import org.emogap.judgment.JudgmentPool;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class WhatIfStudyTest {
    static final List<String> FINE = List.of("joy", "love", "anger");

    static LabelGrouping posNeg() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("positive", List.of("joy", "love"));
        m.put("negative", List.of("anger"));
        return LabelGrouping.of("sentiment", FINE, m);
    }

    @Test
    void modelVectorsCountASampleOncePerGroupAndSumPointValues() {
        // samples (joy+love), (anger): any-of gives positive 1/2, negative 1/2; summing rates would give positive 1
        var withSamples = new JudgmentPool.Pooled("m", "llm", "a", "rates", new double[]{0.5, 0.5, 0.5},
                new double[][]{{1, 1, 0}, {0, 0, 1}}, 2, false);
        assertArrayEquals(new double[]{0.5, 0.5}, WhatIf.modelVector(withSamples, posNeg()), 1e-15);
        var point = new JudgmentPool.Pooled("e", "encoder", "a", "distribution", new double[]{0.2, 0.3, 0.5}, new double[0][], 1, false);
        assertArrayEquals(new double[]{0.5, 0.5}, WhatIf.modelVector(point, posNeg()), 1e-15);
    }

    @Test
    void studyOnSyntheticCommentsAndAnLlmRunsEndToEnd() {
        List<GoComment> comments = SyntheticJudgments.comments(120, 5);
        assertEquals(120, comments.size());
        List<Judgment> js = new ArrayList<>(SyntheticJudgments.llmJudgments(comments, 6));
        for (GoComment c : comments) {
            js.add(Judgment.point("goemotions", "enc", "encoder", c.id(), "distribution", c.distribution(), c.id().endsWith("7"), Map.of()));
        }
        List<String> ids = comments.stream().map(GoComment::id).toList();
        LabelGrouping labels = LabelGrouping.identity("labels", GoEmotions.labels());
        Map<String, double[]> human = WhatIf.humanVectors(comments, labels);
        var all = JudgmentPool.byModel(js, t -> true);
        Table t = WhatIf.jsdByModel(all, ids, human, labels, "all");
        assertEquals(2, t.rowCount());
        int enc = t.stringColumn("model").indexOf("enc");
        assertEquals(0.0, t.doubleColumn("mean_jsd").get(enc), 1e-12, "the encoder here returns the human distribution");
        assertEquals(108, t.intColumn("n_items").get(enc), "12 of 120 ids end in 7 and count as training items");
        // colder sampling is sharper: lower model entropy at T = 0 than pooled over all temperatures
        Table cold = WhatIf.jsdByModel(JudgmentPool.byModel(js, x -> x == 0.0), ids, human, labels, "T=0");
        int llm = t.stringColumn("model").indexOf(SyntheticJudgments.DEMO_LLM);
        assertTrue(cold.doubleColumn("mean_entropy_model").get(cold.stringColumn("model").indexOf(SyntheticJudgments.DEMO_LLM))
                < t.doubleColumn("mean_entropy_model").get(llm));
        var sampled = WhatIf.convergence(all.get(SyntheticJudgments.DEMO_LLM), ids, human, labels, new int[]{1, 10, 40}, 2, 40, 1);
        assertEquals("sampled", sampled.source());
        assertTrue(sampled.meanJsd()[0] > sampled.meanJsd()[2]);
        var drawn = WhatIf.convergence(all.get("enc"), ids, human, labels, new int[]{1, 40}, 2, 40, 1);
        assertEquals("drawn", drawn.source());
        assertEquals(108, drawn.nItems()[1]);
    }

    @Test
    void floorsPerAgreementLevel() {
        List<GoComment> comments = SyntheticJudgments.comments(90, 3);
        Table t = Floors.jsdByAgreement(comments, "synthetic", 42);
        assertEquals(List.of("all", "full_agreement", "partial_agreement", "full_disagreement"), t.stringColumn("agreement").asList());
        assertEquals(90, t.intColumn("n_finite_sample").get(0));
        int levels = 0;
        for (int r = 1; r < 4; r++) levels += t.intColumn("n_finite_sample").get(r);
        assertEquals(90, levels);
        // every full-agreement comment has rates 0 or 1: a resampled panel reproduces it exactly
        assertEquals(0.0, t.doubleColumn("finite_sample_jsd").get(1), 0);
        assertEquals(0, Floors.jsdByAgreement(List.of(), "none", 1).rowCount());
    }

    @Test
    void eachGroupingHasItsOwnFiniteSampleFloor() {
        List<GoComment> comments = SyntheticJudgments.comments(120, 5);
        LabelGrouping labels = LabelGrouping.identity("labels", GoEmotions.labels());
        // at the 28 labels it is the comparison library's floor (one implementation, two widths)
        double at28 = Floors.finiteSampleJsd(comments, labels, 7);
        assertEquals(Floors.jsdByAgreement(comments, "synthetic", 7).doubleColumn("finite_sample_jsd").get(0), at28, 1e-12);
        // fewer, wider classes: humans agree more with a resampled panel, so the floor drops
        double sentiment = Floors.finiteSampleJsd(comments, LabelGrouping.of("sentiment", GoEmotions.labels(), GoEmotions.sentimentGroups()), 7);
        assertTrue(sentiment < at28, sentiment + " vs " + at28);
        assertTrue(Double.isNaN(Floors.finiteSampleJsd(List.of(), labels, 7)));
    }
}
