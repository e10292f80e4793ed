package org.emogap.judgment;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class VadModelsTest {
    static Judgment sampled(String model, double t, String item, double[][] samples, boolean inTraining) {
        double[] mean = new double[3];
        for (double[] s : samples) for (int d = 0; d < 3; d++) mean[d] += s[d] / samples.length;
        return new Judgment("emobank", model, "llm", t, item, "vad", mean, samples, samples.length, 0, inTraining, Map.of());
    }

    @Test
    void sampledModelGetsOneRunPerTemperatureAndAPooledRun() {
        List<VadModelRun> runs = VadModels.runs(List.of(
                sampled("m", 1.0, "x", new double[][]{{1, 2, 3}, {3, 2, 1}}, false),
                sampled("m", 0.0, "x", new double[][]{{5, 5, 5}}, true),
                Judgment.point("emobank", "enc", "encoder", "x", "vad", new double[]{3, 3, 3}, false, Map.of())));
        assertEquals(List.of("enc", "m @ 0.0", "m @ 1.0", "m @ pooled"), runs.stream().map(VadModelRun::label).toList());
        VadModelItem pooled = runs.get(3).items().get("x");
        // samples (1,2,3), (3,2,1), (5,5,5): mean (3, 3, 3)
        assertArrayEquals(new double[]{3, 3, 3}, pooled.mean(), 1e-12);
        assertEquals(3, pooled.nSamples());
        assertTrue(pooled.inTraining(), "in training at one temperature is in training");
        assertFalse(runs.get(0).sampled());
        assertEquals(Temperature.POOLED_LABEL, runs.get(0).temperature(), "a deterministic annotator is labelled pooled, as in GoEmotions tables");
        assertEquals(List.of("enc", "m @ pooled"), VadModels.main(runs).stream().map(VadModelRun::label).toList());
    }

    @Test
    void pooledWithoutSamplesWeighsValuesByUsableSamples() {
        // 0.0: value 2 from 10 - 2 = 8 usable; 1.0: value 4 from 2 usable -> (8*2 + 2*4)/10 = 2.4
        Judgment a = new Judgment("emobank", "m", "llm", 0.0, "x", "vad", new double[]{2, 2, 2}, null, 10, 2, false, Map.of());
        Judgment b = new Judgment("emobank", "m", "llm", 1.0, "x", "vad", new double[]{4, 4, 4}, null, 2, 0, false, Map.of());
        VadModelRun pooled = VadModels.runs(List.of(a, b)).get(2);
        assertEquals(Temperature.POOLED_LABEL, pooled.temperature());
        assertEquals(2.4, pooled.items().get("x").mean()[0], 1e-12);
    }

    @Test
    void storedPooledRowsAreThePooledRunAndFailedJudgmentsAreSkipped() {
        Judgment t0 = sampled("m", 0.0, "x", new double[][]{{1, 1, 1}}, false);
        Judgment t1 = sampled("m", 1.0, "x", new double[][]{{3, 3, 3}}, false);
        Judgment pooled = new Judgment("emobank", "m", "llm", Double.NaN, "x", "vad", new double[]{2, 2, 2},
                new double[][]{{1, 1, 1}, {3, 3, 3}}, 2, 0, false, Map.of());
        Judgment failed = new Judgment("emobank", "m", "llm", 0.0, "y", "vad", new double[]{3, 3, 3}, null, 10, 10, false, Map.of());
        List<VadModelRun> runs = VadModels.runs(List.of(t0, t1, pooled, failed));
        assertEquals(List.of("m @ 0.0", "m @ 1.0", "m @ pooled"), runs.stream().map(VadModelRun::label).toList());
        assertEquals(2, runs.get(2).items().get("x").nSamples());
        assertFalse(runs.get(0).items().containsKey("y"));
    }

    @Test
    void refusesDuplicatesAndForeignJudgments() {
        Judgment p = Judgment.point("emobank", "enc", "encoder", "x", "vad", new double[]{3, 3, 3}, false, Map.of());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> VadModels.runs(List.of(p, p)));
        assertTrue(e.getMessage().contains("twice"), e.getMessage());
        Judgment go = Judgment.point("goemotions", "enc", "encoder", "x", "rates", new double[]{1}, false, Map.of());
        assertThrows(IllegalArgumentException.class, () -> VadModels.runs(List.of(go)));
    }
}
