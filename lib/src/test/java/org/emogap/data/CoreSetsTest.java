package org.emogap.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

class CoreSetsTest {
    @TempDir Path tmp;

    @Test
    void goEmotionsTakesAllOfASmallStratumAndSaysSo() {
        List<GoComment> comments = GoEmotions.loadRaw(List.of(Mirror.goSubset()), "subset", GoRawOptions.defaults()).comments();
        CoreSet cs = CoreSets.goEmotions(comments, 42);
        // subset levels (python): full 15, partial 1278, full_disagreement 272 — every stratum is short but partial
        assertEquals(15 + 1000 + 272, cs.size());
        Map<String, Long> byStratum = cs.entries().stream().collect(Collectors.groupingBy(CoreSet.Entry::stratum, Collectors.counting()));
        assertEquals(Map.of("full_agreement", 15L, "partial_agreement", 1000L, "full_disagreement", 272L), byStratum);
        assertTrue(cs.note().contains("full_agreement: only 15 of 500"), cs.note());
        assertEquals(new CoreSet.Stratum("partial_agreement", 1278, 1000, 1000, 0), cs.strata().get(1));
        // every chosen item has its stated level
        Map<String, GoComment> byId = comments.stream().collect(Collectors.toMap(GoComment::id, c -> c));
        for (CoreSet.Entry e : cs.entries()) assertEquals(e.stratum(), byId.get(e.itemId()).agreement().label());
    }

    @Test
    void sameSeedSameSetWhateverTheInputOrder() {
        List<GoComment> comments = new ArrayList<>(GoEmotions.loadRaw(List.of(Mirror.goSubset()), "subset", GoRawOptions.defaults()).comments());
        CoreSet a = CoreSets.goEmotions(comments, 42, 5, 10, 5);
        Collections.reverse(comments);
        CoreSet b = CoreSets.goEmotions(comments, 42, 5, 10, 5);
        assertEquals(a.entries(), b.entries());
        CoreSet c = CoreSets.goEmotions(comments, 43, 5, 10, 5);
        assertNotEquals(a.entries(), c.entries());
        assertEquals(20, a.size());
    }

    @Test
    void emoBankStratifiesThenTopsUp() {
        List<EmoText> texts = EmoBankTest.load(EmoBankOptions.defaults()).texts();
        CoreSet cs = CoreSets.emoBank(texts, 42);
        assertEquals(2000, cs.size());
        assertEquals(2000, new HashSet<>(cs.ids()).size());
        // 9 non-empty strata -> 2000 // 9 = 222 each; high/negative (36), high/positive (40) and
        // low/positive (200) are smaller and taken whole: 6*222 + 36 + 40 + 200 = 1608, so 392 are topped up
        assertEquals(9, cs.strata().size());
        int drawn = cs.strata().stream().mapToInt(CoreSet.Stratum::taken).sum();
        int topped = cs.strata().stream().mapToInt(CoreSet.Stratum::toppedUp).sum();
        assertEquals(1608, drawn);
        assertEquals(392, topped);
        CoreSet.Stratum hn = cs.strata().stream().filter(s -> s.name().equals("high/negative")).findFirst().orElseThrow();
        assertEquals(new CoreSet.Stratum("high/negative", 36, 222, 36, 0), hn);
        assertTrue(cs.note().contains("high/negative: only 36 of 222"), cs.note());
        assertEquals(cs.entries(), CoreSets.emoBank(texts, 42).entries());
    }

    @Test
    void writeThenReadGivesTheSameSet() throws Exception {
        List<EmoText> texts = EmoBankTest.load(EmoBankOptions.defaults()).texts();
        CoreSet cs = CoreSets.emoBank(texts, 7, 50);
        Path f = cs.write(tmp.resolve("emobank/core_set_ids.csv"));
        assertEquals("dataset,item_id,stratum", Files.readAllLines(f).get(0));
        CoreSet back = CoreSet.read(f);
        assertEquals("emobank", back.dataset());
        assertEquals(cs.entries(), back.entries());
        assertEquals(cs.ids(), back.select(texts, EmoText::id).stream().map(EmoText::id).toList());
        // byte-identical when written again
        Path g = back.write(tmp.resolve("again.csv"));
        assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(g));
    }

    @Test
    void resolverReadsNotebook01sFileAndDrawsWhenItIsMissingOrForeign() {
        List<GoComment> comments = GoEmotions.loadRaw(List.of(Mirror.goSubset()), "subset", GoRawOptions.defaults()).comments();
        String before = System.getProperty("emogap.results");
        System.setProperty("emogap.results", tmp.toString());
        try {
            // no file: the run's own draw, small mode 200 -> 50 full (all 15 there), 100 partial, 50 disagreement
            CoreSet drawn = CoreSets.resolveGo(comments, 42, 200);
            assertEquals(CoreSets.drawGo(comments, 42, 200).ids(), drawn.ids());
            assertEquals(15 + 100 + 50, drawn.size());
            // a stored file wins, even one drawn with another seed
            CoreSet other = CoreSets.drawGo(comments, 7, 200);
            other.write();
            assertEquals(other.ids(), CoreSets.resolveGo(comments, 42, 200).ids());
            // a file naming an item that is not loaded came from other data: draw again
            CoreSets.drawGo(comments, 7, 200).write();
            List<GoComment> fewer = comments.stream().filter(c -> !c.id().equals(other.ids().get(0))).toList();
            assertEquals(CoreSets.drawGo(fewer, 42, 200).ids(), CoreSets.resolveGo(fewer, 42, 200).ids());
        } finally {
            if (before == null) System.clearProperty("emogap.results");
            else System.setProperty("emogap.results", before);
        }
    }
}
