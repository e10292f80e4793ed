package org.emogap.compare;

import org.emogap.data.Agreement;
import org.emogap.data.GoComment;
import org.emogap.data.GoEmotions;
import org.emogap.data.GoRawOptions;
import org.emogap.data.HumanItems;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The human side on the mirror's per-rater subset (1,565 comments with 4–5 raters each). */
class CompareRealDataTest {
    static List<GoComment> subset() {
        String m = System.getenv("EMOGAP_DATA_MIRROR");
        Assumptions.assumeTrue(m != null && !m.isBlank(), "EMOGAP_DATA_MIRROR is not set: skipping a test on real data");
        Path p = Path.of(m, "goemotions", "raw", "goemotions_raw_subset_long.csv");
        assertTrue(Files.isRegularFile(p), "the mirror lacks " + p);
        return GoEmotions.loadRaw(List.of(p), "subset", GoRawOptions.defaults()).comments();
    }

    @Test
    void humanItemsAgreeWithTheLoaderAndFloorsBehave() {
        List<GoComment> cs = subset();
        HumanItems h = HumanItems.of(cs, "subset", "all");
        assertEquals(cs.size(), h.n());
        for (int i = 0; i < h.n(); i++) {
            int[] counts = new int[h.k()];
            for (int j = 0; j < h.k(); j++) counts[j] = h.count(i, j);
            assertArrayEquals(cs.get(i).votes(), counts);
            assertEquals(h.agreement()[i], Agreement.of(counts, h.nRaters()[i]).label());
        }
        NoiseFloor split = NoiseFloor.splitHalf(h, 5, 42), fs = NoiseFloor.finiteSample(h, 5, 42);
        assertEquals(h.n(), split.n()); // every comment here has 4+ raters
        // full-agreement rates are 0 or 1, so their Bernoulli resample is themselves; halves agree too
        for (double v : fs.metric("jsd", "full_agreement")) assertEquals(0.0, v, 1e-15);
        for (double v : split.metric("jsd", "full_agreement")) assertEquals(0.0, v, 1e-15);
        // disagreement shows: the mean floor of partial items is well above 0 and below 1
        double mean = java.util.Arrays.stream(split.metric("jsd", "partial_agreement")).average().orElseThrow();
        assertTrue(mean > 0.05 && mean < 0.8, "split-half JSD of partial items " + mean);
    }
}
