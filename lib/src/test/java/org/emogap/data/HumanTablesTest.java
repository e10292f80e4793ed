package org.emogap.data;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The notebook's tables (org.emogap.notebook.HumanTables), exercised with the calls notebook 01 makes. */
class HumanTablesTest {
    @Test
    void goSummaryOnFixture() {
        // go_split_a + _b: c1 raters joy, love, neutral (one each) -> h uniform over 3 -> log2(3) bits; c2 one rater neutral -> 0 bits
        GoRaw raw = GoEmotions.loadRaw(List.of(Mirror.fixture("go_split_a.csv"), Mirror.fixture("go_split_b.csv")), "ab", GoRawOptions.defaults());
        Table t = HumanTables.goSummary(raw);
        assertEquals(List.of("item_id", "n_raters", "n_very_unclear", "agreement", "entropy_bits", "top_label", "source"), t.columnNames());
        assertEquals("c1", t.stringColumn("item_id").get(0));
        assertEquals(3, t.intColumn("n_raters").get(0));
        assertEquals("full_disagreement", t.stringColumn("agreement").get(0));
        assertEquals(Math.log(3) / Math.log(2), t.doubleColumn("entropy_bits").get(0), 1e-12);
        assertEquals("joy", t.stringColumn("top_label").get(0)); // tie: first in label order (joy 17 < love 18 < neutral 27)
        assertEquals(0.0, t.doubleColumn("entropy_bits").get(1), 1e-12);
        assertEquals("ab", t.stringColumn("source").get(1));

        Table freq = HumanTables.goLabelFrequency(raw);
        // 4 ratings: neutral ticked twice (share .5, mean rate (1/3 + 1)/2 = 2/3), joy and love once
        assertEquals("neutral", freq.stringColumn("label").get(0));
        assertEquals(2, freq.intColumn("ratings").get(0));
        assertEquals(0.5, freq.doubleColumn("share_of_ratings").get(0), 1e-12);
        assertEquals(2.0 / 3, freq.doubleColumn("mean_rate").get(0), 1e-12);

        Table byN = HumanTables.counts(t, "n_raters");
        assertEquals(2, byN.rowCount());
        Table byLevel = HumanTables.counts(t, "agreement");
        assertEquals(List.of("full_agreement", "full_disagreement"), byLevel.stringColumn("agreement").asList());
        assertEquals(0.5, byLevel.doubleColumn("share").get(0), 1e-12);
    }

    @Test
    void emoSummaryOnFixture() {
        EmoBankData d = EmoBank.load(Mirror.fixture("eb_ratings.csv"), Mirror.fixture("eb_corpus.csv"), null, EmoBankOptions.defaults());
        Table t = HumanTables.emoSummary(d);
        assertEquals(2, t.rowCount());
        // t2: V 5,4 -> mean 4.5, sd sqrt(.5); A, D the same -> mean_vad_std sqrt(.5) = .707 -> low; band positive
        assertEquals(4.5, t.doubleColumn("mean_V").get(1), 1e-12);
        assertEquals(Math.sqrt(0.5), t.doubleColumn("sd_D").get(1), 1e-12);
        assertEquals("low", t.stringColumn("agreement").get(1));
        assertEquals("positive", t.stringColumn("valence_band").get(1));
        assertTrue(t.stringColumn("source").get(0).startsWith("emobank reader"));
        Table sd = HumanTables.emoSdSummary(d);
        assertEquals(3, sd.rowCount());
        assertEquals(6, HumanTables.emoSdByDimension(d).rowCount());
    }

    @Test
    void strataTable() {
        GoRaw raw = GoEmotions.loadRaw(List.of(Mirror.goSubset()), "subset", GoRawOptions.defaults());
        Table s = HumanTables.strata(CoreSets.goEmotions(raw.comments(), 42));
        assertEquals(List.of(15, 1000, 272), s.intColumn("taken").asList());
    }
}
