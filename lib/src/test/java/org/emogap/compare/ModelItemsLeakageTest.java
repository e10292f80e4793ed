package org.emogap.compare;

import org.emogap.judgment.Judgment;
import org.emogap.judgment.ModelItems;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** A trained head is never scored on the items it was trained on. */
class ModelItemsLeakageTest {
    @Test
    void itemsInTheAnnotatorsTrainingDataAreLeftOut() {
        Judgment seen = Judgment.point("goemotions", "head", "head", "a", "distribution", new double[]{1, 0}, true, Map.of());
        Judgment unseen = Judgment.point("goemotions", "head", "head", "b", "distribution", new double[]{0, 1}, false, Map.of());
        List<ModelItems> m = ModelItems.fromJudgments(List.of(seen, unseen), 2);
        assertEquals(1, m.size());
        assertArrayEquals(new String[]{"b"}, m.get(0).ids());
        // a model with nothing outside its training data has no rows at all
        assertTrue(ModelItems.fromJudgments(List.of(seen), 2).isEmpty());
    }
}
