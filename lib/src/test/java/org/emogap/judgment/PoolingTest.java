package org.emogap.judgment;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class PoolingTest {
    static Judgment rates(double t, double[] values, double[][] samples, int n, int failed) {
        return new Judgment("goemotions", "m", "llm", t, "c1", "rates", values, samples, n, failed, false, Map.of("prompt", "p1"));
    }

    @Test
    void weightsEachTemperatureByItsUsableSamples() {
        // T=0: 2 usable of 3, label 0 chosen by both; T=1: 1 usable of 2, label 1 chosen.
        // Over all 3 usable samples: label 0 in 2 -> 2/3, label 1 in 1 -> 1/3 (not the plain mean 1/2, 1/2).
        Judgment a = rates(0, new double[]{1, 0}, new double[][]{{1, 0}, {1, 0}}, 3, 1);
        Judgment b = rates(1, new double[]{0, 1}, new double[][]{{0, 1}}, 2, 1);
        Judgment p = Pooling.pool(List.of(a, b));
        assertArrayEquals(new double[]{2.0 / 3, 1.0 / 3}, p.values(), 1e-15);
        assertEquals(5, p.nSamples());
        assertEquals(2, p.nFailed());
        assertEquals(3, p.samples().length);
        assertTrue(Double.isNaN(p.temperature()));
        assertEquals("true", p.provenance().get("pooled"));
        assertEquals("0.0,1.0", p.provenance().get("temperatures"));
        assertEquals("p1", p.provenance().get("prompt"));
    }

    @Test
    void partsWithoutUsableSamplesAddToTheCountsOnly() {
        Judgment a = rates(0, new double[]{1, 0}, null, 2, 0);
        Judgment dead = rates(1, new double[]{0, 0}, null, 4, 4);
        Judgment p = Pooling.pool(List.of(a, dead));
        assertArrayEquals(new double[]{1, 0}, p.values());
        assertEquals(6, p.nSamples());
        assertEquals(4, p.nFailed());
        assertNull(Pooling.pool(List.of(dead)));
    }

    @Test
    void vadMeansArePooledToo() {
        Judgment a = new Judgment("emobank", "m", "llm", 0.0, "e1", "vad", new double[]{3, 2, 4}, null, 1, 0, false, null);
        Judgment b = new Judgment("emobank", "m", "llm", 1.0, "e1", "vad", new double[]{5, 2, 1}, null, 3, 0, false, null);
        // weights 1 and 3: V = (3 + 15) / 4
        assertArrayEquals(new double[]{4.5, 2, 1.75}, Pooling.pool(List.of(a, b)).values(), 1e-15);
    }

    @Test
    void refusesPartsOfDifferentItemsOrAnnotators() {
        Judgment a = rates(0, new double[]{1, 0}, null, 1, 0);
        Judgment other = new Judgment("goemotions", "m", "llm", 1.0, "c2", "rates", new double[]{1, 0}, null, 1, 0, false, null);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Pooling.pool(List.of(a, other)));
        assertTrue(e.getMessage().contains("c2"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Pooling.pool(List.of()));
    }

    @Test
    void theOrderOfThePartsDoesNotChangeABit() {
        // usable samples 6, 8, 1 with rates 1, 5/11, 3/7: summed in some orders the pooled rate is
        // 0.670995670995671, in others 0.6709956709956709 (found by trying orders in Python floats)
        Judgment a = new Judgment("goemotions", "m", "llm", 0.0, "x", "rates", new double[]{1.0, 0}, null, 6, 0, false, null);
        Judgment b = new Judgment("goemotions", "m", "llm", 0.3, "x", "rates", new double[]{5 / 11.0, 0}, null, 8, 0, false, null);
        Judgment c = new Judgment("goemotions", "m", "llm", 0.7, "x", "rates", new double[]{3 / 7.0, 0}, null, 1, 0, false, null);
        double first = Pooling.pool(java.util.List.of(a, b, c)).values()[0];
        for (var order : java.util.List.of(java.util.List.of(a, c, b), java.util.List.of(b, a, c), java.util.List.of(b, c, a),
                java.util.List.of(c, a, b), java.util.List.of(c, b, a))) {
            assertEquals(Double.doubleToRawLongBits(first), Double.doubleToRawLongBits(Pooling.pool(order).values()[0]), order.toString());
        }
    }
}
