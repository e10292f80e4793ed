package org.emogap.encoder;

import org.emogap.data.GoComment;
import org.emogap.data.GoEmotions;
import org.emogap.judgment.Judgment;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class OfflineTablesTest {

    static GoComment joyByTwo(String id) {
        byte[] r = new byte[2 * GoEmotions.K];
        int joy = GoEmotions.labelIndex("joy");
        r[joy] = 1;
        r[GoEmotions.K + joy] = 1;
        return new GoComment(id, "so happy", new String[]{"1", "2"}, new boolean[2], r);
    }

    @Test void topLabelsSortByValueThenIndexAndSkipZeros() {
        assertEquals("b 0.50, a 0.25, c 0.25", OfflineTables.topLabels(new double[]{0.25, 0.5, 0.25, 0}, List.of("a", "b", "c", "d"), 3));
        assertEquals("b 1.00", OfflineTables.topLabels(new double[]{0, 1, 0}, List.of("a", "b", "c"), 3));
    }

    @Test void goScoresLeaveOutTrainedItemsAndShowUniform() {
        List<GoComment> cs = List.of(joyByTwo("c1"), joyByTwo("c2"));
        double[] joy = cs.get(0).distribution(), u = new double[GoEmotions.K];
        Arrays.fill(u, 1.0 / GoEmotions.K);
        List<Judgment> js = List.of(
                Judgment.point("goemotions", "exact", "head", "c1", "distribution", joy, false, Map.of()),
                Judgment.point("goemotions", "exact", "head", "c2", "distribution", u, true, Map.of()),
                Judgment.point("goemotions", "flat", "encoder", "c1", "distribution", u, false, Map.of()),
                Judgment.point("emobank", "other", "encoder", "e1", "vad", new double[]{3, 3, 3}, false, Map.of()));
        Table t = OfflineTables.goScores(cs, js);
        assertEquals(List.of("exact", "flat", "uniform"), t.stringColumn("model").asList());
        assertEquals(List.of(1, 1, 2), t.intColumn("items").asList());
        assertEquals(List.of(1, 0, 0), t.intColumn("trained_on_left_out").asList());
        // one-hot vs uniform over 28: scipy jensenshannon(p, u, base=2)**2 = 0.8879373028377379
        assertEquals(0.0, t.doubleColumn("mean_jsd").get(0), 1e-12, "the trained-on item (uniform) is left out");
        assertEquals(0.8879373028377379, t.doubleColumn("mean_jsd").get(1), 1e-12);
        assertEquals(0.8879373028377379, t.doubleColumn("mean_jsd").get(2), 1e-12);
    }
}
