package org.emogap.compare;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;
import org.emogap.data.VadHumanItem;
import org.emogap.judgment.VadModelItem;
import org.emogap.judgment.VadModelRun;

class VadDistancesTest {
    static final VadHumanItem X = new VadHumanItem("x", "high", "b", new int[][]{{2, 3, 3}, {2, 3, 2}, {3, 2, 3}, {1, 3, 3}, {3, 4, 3}});
    static final VadHumanItem Y = new VadHumanItem("y", "low", "b", new int[][]{{5, 1, 1}, {1, 5, 5}});

    /*
     * x valence: human hist (1,2,2,0,0); samples 2.4, 2.6, 3.5 rounded -> 2, 3, 4 -> (0,1,1,1,0):
     *   st.wasserstein_distance(b, b, [1,2,2,0,0], [0,1,1,1,0]) -> 0.8
     */
    @Test
    void sampledRunsRoundAndTrainingTextsAreLeftOut() {
        VadModelItem mx = new VadModelItem("x", new double[]{2.83, 3, 3}, new double[][]{{2.4, 3, 3}, {2.6, 3, 3}, {3.5, 3, 3}}, false);
        VadModelItem my = new VadModelItem("y", new double[]{3, 3, 3}, new double[][]{{3, 3, 3}}, true);
        Table t = VadDistances.perItem(List.of(X, Y), List.of(new VadModelRun("m", "llm", "1.0", Map.of("x", mx, "y", my))), 42);
        assertEquals(3, t.rowCount());
        assertEquals("round", t.stringColumn("binning").get(0));
        assertEquals(0.8, t.doubleColumn("wasserstein").get(0), 1e-12);
        assertEquals(3, t.intColumn("n_model_samples").get(0));
    }

    @Test
    void floorsAreStablePerTextWhateverElseIsInTheRun() {
        Table both = VadDistances.floors(List.of(X, Y), 42);
        Table alone = VadDistances.floors(List.of(Y), 42);
        assertEquals(both.doubleColumn("floor_split_half").get(3), alone.doubleColumn("floor_split_half").get(0), 0);
        assertEquals(both.doubleColumn("floor_resample").get(5), alone.doubleColumn("floor_resample").get(2), 0);
        // y has ratings 5 and 1 on valence: any split puts one in each half -> W1 = 4
        assertEquals(4.0, alone.doubleColumn("floor_split_half").get(0), 0);
    }
}
