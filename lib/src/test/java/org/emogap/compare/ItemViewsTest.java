package org.emogap.compare;

import org.emogap.judgment.ModelItems;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class ItemViewsTest {
    @Test
    void examplesPickTheMedianPerLevelAndBothEndsWithEveryRatersLabels() {
        // CompareTest's fixture: model m at T=0 judged i1 (partial), i2 (full disagreement), i3 (full agreement)
        ItemMetrics im = Compare.items(CompareTest.humans(), ModelItems.fromJudgments(CompareTest.judgments(), 3).get(0));
        Map<String, String> text = Map.of("i1", "one", "i2", "two", "i3", "three");
        List<ItemViews.View> v = ItemViews.examples(im, text, List.of("full_agreement", "partial_agreement", "full_disagreement"));
        assertEquals(5, v.size()); // three levels, then the closest and the farthest
        assertEquals("i3", v.get(0).itemId());
        assertEquals(List.of("c", "c", "c"), v.get(0).raters());
        // i1's raters: a | a | a+b | a
        assertEquals(List.of("a", "a", "a+b", "a"), v.get(1).raters());
        assertEquals("one", v.get(1).text());
        // i3: humans all c, model all c: JSD 0, the closest item
        assertEquals("i3", v.get(3).itemId());
        assertEquals(0.0, v.get(3).jsd(), 1e-12);
        double[] jsd = im.jsd();
        assertEquals(java.util.Arrays.stream(jsd).max().getAsDouble(), v.get(4).jsd(), 1e-12);
        assertTrue(ItemViews.reading(v.get(3), "m").contains("the same label"), ItemViews.reading(v.get(3), "m"));
        assertEquals(5, ItemViews.table(v).rowCount());
        assertEquals(List.of(2), v.get(3).topLabels(3)); // only c has any share
    }
}
