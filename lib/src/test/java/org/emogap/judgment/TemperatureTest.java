package org.emogap.judgment;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class TemperatureTest {
    @Test
    void oneTextFormThatKeepsCloseTemperaturesApart() {
        assertEquals("0.0", Temperature.label(0));
        assertEquals("0.3", Temperature.label(0.3));
        assertEquals("0.25", Temperature.label(0.25));
        assertEquals("1.0", Temperature.label(1));
        assertEquals("pooled", Temperature.label(Double.NaN));
        // the old "%.1f" form printed both 0.25 and 0.3 as "0.3"
        assertNotEquals(Temperature.label(0.25), Temperature.label(0.3));
    }

    @Test
    void parseInvertsLabel() {
        for (double t : new double[]{0, 0.1, 0.25, 0.7, 1, 1.5, 2, Double.NaN}) {
            Temperature x = Temperature.of(t);
            assertEquals(x, Temperature.parse(x.label()));
        }
        assertTrue(Temperature.parse("pooled").pooled());
        assertThrows(IllegalArgumentException.class, () -> Temperature.parse("warm"));
        assertThrows(IllegalArgumentException.class, () -> Temperature.of(2.5));
        assertThrows(IllegalArgumentException.class, () -> Temperature.of(-0.1));
    }

    @Test
    void ascendingWithPooledLast() {
        List<String> labels = new ArrayList<>(List.of("pooled", "1.0", "0.25", "0.0", "0.3"));
        labels.sort(Temperature::compareLabels);
        assertEquals(List.of("0.0", "0.25", "0.3", "1.0", "pooled"), labels);
        assertEquals(Temperature.POOLED.hashCode(), Temperature.of(Double.NaN).hashCode());
    }
}
