package org.emogap.compare;

import org.emogap.data.HumanItems;
import org.emogap.judgment.ModelItems;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class ReferencesTest {
    @Test
    void uniformAndLabelPriorOverTheHumanItems() {
        HumanItems h = CompareTest.humans();
        List<ModelItems> refs = References.of(h);
        assertEquals(List.of(References.UNIFORM, References.LABEL_PRIOR), refs.stream().map(ModelItems::model).toList());
        assertTrue(refs.stream().allMatch(m -> m.kind().equals(References.KIND) && m.n() == 4));
        assertArrayEquals(new double[]{1 / 3.0, 1 / 3.0, 1 / 3.0}, java.util.Arrays.copyOf(refs.get(0).values(), 3), 1e-15);
        // distributions i1 (4,1,0)/5, i2 (1,1,1)/3, i3 and i4 (0,0,1): mean (0.8 + 1/3, 0.2 + 1/3, 2 + 1/3) / 4
        double[] prior = java.util.Arrays.copyOfRange(refs.get(1).values(), 9, 12); // item i4's row, the same prior
        assertArrayEquals(new double[]{(0.8 + 1 / 3.0) / 4, (0.2 + 1 / 3.0) / 4, (2 + 1 / 3.0) / 4}, prior, 1e-12);
    }

    @Test
    void commonItemsAreThoseEveryModelJudged() {
        HumanItems h = CompareTest.humans();
        // the fixture model judged i1, i2, i3 at T=0 and only i1 at T=1
        List<ModelItems> ms = ModelItems.fromJudgments(CompareTest.judgments(), 3);
        HumanItems common = References.commonItems(h, ms);
        assertArrayEquals(new String[]{"i1"}, common.ids());
        assertEquals("fixture-core+common-items", common.coreSet());
        assertArrayEquals(new double[]{1, 0.25, 0}, common.rates(), 1e-15);
        HumanItems t0 = References.commonItems(h, List.of(ms.get(0)));
        assertArrayEquals(new String[]{"i1", "i2", "i3"}, t0.ids());
    }
}
