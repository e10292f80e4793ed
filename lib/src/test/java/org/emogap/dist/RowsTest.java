package org.emogap.dist;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RowsTest {
    @Test
    void topIndexesTakeTheLargestShareOfAnyRowAndSkipZeros() {
        double[] human = {0.5, 0, 0.25, 0.25, 0}, model = {0.1, 0.7, 0.1, 0.1, 0};
        // best shares per index: 0.5, 0.7, 0.25, 0.25, 0 -> 1, 0, then 2 before 3 (tie: by index); 4 is 0 everywhere
        assertEquals(List.of(1, 0, 2, 3), Rows.topIndexes(9, human, model));
        assertEquals(List.of(1, 0), Rows.topIndexes(2, human, model));
        assertEquals(List.of(0, 2, 3), Rows.topIndexes(9, human));
        assertThrows(IllegalArgumentException.class, () -> Rows.topIndexes(3, human, new double[]{1}));
    }

    @Test
    void argmaxTakesTheFirstOfTies() {
        assertEquals(1, Rows.argmax(new double[]{0.2, 0.4, 0.4}));
        assertEquals(0, Rows.argmax(new double[]{0, 0, 0}));
    }
}
