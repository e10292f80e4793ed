package org.emogap.whatif;

import org.emogap.calibrate.CalibrationInput;
import org.emogap.dist.LabelGrouping;
import org.emogap.judgment.Judgment;
import org.emogap.judgment.JudgmentPool;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

class WhatIfTest {
    static final List<String> FINE = List.of("joy", "love", "anger", "fear", "neutral");
    static final Map<String, List<String>> MAP = new LinkedHashMap<>(Map.of("positive", List.of("joy", "love")));

    static LabelGrouping grouping() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("positive", List.of("joy", "love"));
        m.put("negative", List.of("anger", "fear"));
        return LabelGrouping.of("sentiment", FINE, m);
    }

    @Test
    void regroupingSumsSharesAndCountsAVoteOncePerGroup() {
        LabelGrouping g = grouping();
        assertEquals(List.of("positive", "negative", "neutral"), g.groups()); // neutral keeps its own group
        // (0.1, 0.2, 0.3, 0.4, 0) -> (0.1+0.2, 0.3+0.4, 0)
        assertArrayEquals(new double[]{0.3, 0.7, 0, 0.5, 0, 0.5}, g.sumRows(new double[]{0.1, 0.2, 0.3, 0.4, 0, 0.25, 0.25, 0, 0, 0.5}), 1e-15);
        assertArrayEquals(new double[]{1, 0, 1}, g.anyOf(new double[]{1, 1, 0, 0, 1}), 0);
        // rater 1 ticks joy+love, rater 2 anger, rater 3 neutral: each group 1/3, joy+love counted once
        byte[] ratings = {1, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1};
        assertArrayEquals(new double[]{1 / 3.0, 1 / 3.0, 1 / 3.0}, g.raterRates(ratings), 1e-15);
    }

    @Test
    void badMappingsAreRefusedByName() {
        var e = assertThrows(IllegalArgumentException.class, () -> LabelGrouping.of("x", FINE, Map.of("g", List.of("jov"))));
        assertTrue(e.getMessage().contains("'jov'"));
        Map<String, List<String>> twice = new LinkedHashMap<>();
        twice.put("a", List.of("joy"));
        twice.put("b", List.of("joy"));
        assertThrows(IllegalArgumentException.class, () -> LabelGrouping.of("x", FINE, twice));
    }

    @Test
    void publishedGroupingsCoverTheGoEmotionsLabels() {
        String mirror = System.getenv("EMOGAP_DATA_MIRROR");
        Assumptions.assumeTrue(mirror != null && !mirror.isBlank(), "EMOGAP_DATA_MIRROR not set");
        Path dir = Path.of(mirror, "goemotions");
        List<String> labels = org.emogap.data.GoEmotions.labels();
        LabelGrouping ekman = LabelGrouping.fromJson("ekman", labels, dir.resolve("ekman_mapping.json"));
        assertEquals(List.of("anger", "disgust", "fear", "joy", "sadness", "surprise", "neutral"), ekman.groups());
        LabelGrouping sentiment = LabelGrouping.fromJson("sentiment", labels, dir.resolve("sentiment_dict.json"));
        assertEquals(List.of("positive", "negative", "ambiguous", "neutral"), sentiment.groups());
        assertEquals(sentiment.groups().indexOf("ambiguous"), sentiment.groupOf(labels.indexOf("curiosity")));
    }

    @Test
    void malformedGroupingFileNamesTheFile() throws Exception {
        Path f = Files.createTempFile("grouping", ".json");
        Files.writeString(f, "{\"positive\": \"joy\"}");
        var e = assertThrows(IllegalArgumentException.class, () -> LabelGrouping.fromJson("x", FINE, f));
        assertTrue(e.getMessage().startsWith(f.toString()), e.getMessage());
        Files.delete(f);
    }

    @Test
    void convergenceCurveWorkedExample() {
        // human (1/2, 1/2); samples (1,0) and (0,1). One sample: JSD((1,0),(1/2,1/2)) with M = (3/4, 1/4):
        // KL(P‖M) = log2(4/3) = 0.41504; KL(H‖M) = ½log2(2/3) + ½log2(2) = 0.20752; JSD = 0.31128.
        // Both samples: (1/2, 1/2), JSD 0.
        List<double[][]> samples = java.util.Collections.singletonList(new double[][]{{1, 0}, {0, 1}});
        List<double[]> human = List.of(new double[]{1, 1});
        var c = SampleConvergence.curve(samples, human, new int[]{1, 2, 3}, 20, 7, "sampled");
        double expected = 0.5 * (Math.log(4 / 3.0) + 0.5 * Math.log(2 / 3.0) + 0.5 * Math.log(2)) / Math.log(2);
        assertEquals(expected, c.meanJsd()[0], 1e-12);
        assertEquals(0.0, c.meanJsd()[1], 1e-15);
        assertTrue(Double.isNaN(c.meanJsd()[2]), "no item has 3 samples");
        assertArrayEquals(new int[]{1, 1, 0}, c.nItems());
        assertEquals(3, c.table("m").rowCount());
    }

    @Test
    void drawnSamplesFollowTheDistributionAndCurvesFall() {
        double[] p = {0.6, 0.3, 0.1};
        double[][] s = SampleConvergence.draw(p, "distribution", 20000, new Random(1));
        double[] freq = new double[3];
        for (double[] x : s) {
            assertEquals(1.0, x[0] + x[1] + x[2], 0); // one-hot
            for (int j = 0; j < 3; j++) freq[j] += x[j] / s.length;
        }
        assertArrayEquals(p, freq, 0.01); // 3·sqrt(0.25/20000) ≈ 0.011
        double[][] r = SampleConvergence.draw(new double[]{0.5, 0, 1}, "rates", 1000, new Random(2));
        double ones = 0;
        for (double[] x : r) {
            assertEquals(0.0, x[1]);
            assertEquals(1.0, x[2]);
            ones += x[0];
        }
        assertEquals(500, ones, 60);
        var c = SampleConvergence.curve(java.util.Collections.singletonList(s), List.of(p), new int[]{1, 10, 1000}, 5, 3, "drawn");
        assertTrue(c.meanJsd()[0] > c.meanJsd()[1] && c.meanJsd()[1] > c.meanJsd()[2], java.util.Arrays.toString(c.meanJsd()));
        assertThrows(IllegalArgumentException.class, () -> SampleConvergence.draw(p, "vad", 1, new Random(1)));
    }

    static Judgment j(String model, double t, String item, double[] values, int n, int failed, double[]... samples) {
        return new Judgment("goemotions", model, "llm", t, item, "rates", values, samples, n, failed, false, Map.of());
    }

    @Test
    void poolingWeightsTemperaturesByUsableSamples() {
        List<Judgment> js = new ArrayList<>();
        js.add(j("m", 0.0, "a", new double[]{1, 0}, 10, 0, new double[]{1, 0}));
        js.add(j("m", 1.0, "a", new double[]{0, 1}, 10, 5, new double[]{0, 1}, new double[]{0, 1}));
        js.add(j("m", Double.NaN, "a", new double[]{9, 9}, 20, 0)); // pre-pooled row: ignored, the model has temperatures
        js.add(Judgment.point("goemotions", "enc", "encoder", "a", "distribution", new double[]{0.2, 0.8}, false, Map.of()));
        var all = JudgmentPool.byModel(js, t -> true);
        // (10·(1,0) + 5·(0,1)) / 15
        assertArrayEquals(new double[]{2 / 3.0, 1 / 3.0}, all.get("m").get("a").values(), 1e-15);
        assertEquals(3, all.get("m").get("a").samples().length);
        assertEquals(15, all.get("m").get("a").nUsed());
        var cold = JudgmentPool.byModel(js, t -> t < 0.5);
        assertArrayEquals(new double[]{1, 0}, cold.get("m").get("a").values(), 0);
        // a deterministic annotator is kept whatever the temperature choice
        assertArrayEquals(new double[]{0.2, 0.8}, cold.get("enc").get("a").values(), 0);
    }

    @Test
    void alignKeepsCoreOrderAndItemsBothSidesHave() {
        Map<String, double[]> model = Map.of("b", new double[]{1, 0}, "a", new double[]{0, 1}, "z", new double[]{1, 1});
        Map<String, double[]> human = Map.of("a", new double[]{1, 1}, "b", new double[]{0, 1}, "c", new double[]{1, 0});
        var in = CalibrationInput.align("m", "llm", List.of("c", "b", "a"), model, human, Map.of("a", "x", "b", "y", "c", "z"), 2);
        assertArrayEquals(new String[]{"b", "a"}, in.itemIds());
        assertArrayEquals(new double[]{1, 0, 0, 1}, in.modelRows(), 0);
        assertArrayEquals(new String[]{"y", "x"}, in.groups());
        assertThrows(IllegalArgumentException.class,
                () -> CalibrationInput.align("m", "llm", List.of("a"), Map.of("a", new double[]{1}), human, null, 2));
    }
}
