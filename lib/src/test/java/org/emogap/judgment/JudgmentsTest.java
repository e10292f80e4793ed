package org.emogap.judgment;

import org.emogap.RunMode;
import org.emogap.io.DataFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class JudgmentsTest {
    @TempDir Path root;

    @Test
    void roundTripKeepsEveryFieldAndSortsByTemperatureThenItem() {
        Judgment a = new Judgment("emobank", "m", "llm", 0.7, "b", "vad", new double[]{3.2, 2.8, 3.0},
                new double[][]{{3, 3, 3}, {3.4, 2.6, 3}}, 2, 0, false, Map.of("prompt", "v1"));
        Judgment b = Judgment.point("emobank", "m", "llm", "a", "vad", new double[]{1, 2, 3}, true, null);
        Path f = Judgments.write(root, "emobank", "m", List.of(a, b));
        List<Judgment> back = Judgments.read(f);
        // NaN temperature (point annotators) sorts first
        assertEquals(List.of(b, a), back);
        assertEquals(List.of(b, a), Judgments.readAll(root, "emobank"));
    }

    @Test
    void badLineNamesFileAndLine() throws Exception {
        Path f = Judgments.file(root, "goemotions", "x");
        Files.createDirectories(f.getParent());
        Files.writeString(f, Judgments.toJson(Judgment.point("goemotions", "x", "encoder", "i", "rates",
                new double[]{1, 0}, false, null)) + "\n{\"dataset\":\"goemotions\"}\n");
        DataFileException e = assertThrows(DataFileException.class, () -> Judgments.read(f));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().startsWith(f + ":2: "), e.getMessage());
    }

    @Test
    void rejectsInconsistentCounts() {
        assertThrows(IllegalArgumentException.class, () -> new Judgment("goemotions", "m", "llm", 0, "i", "rates",
                new double[]{1}, null, 2, 3, false, null));
        assertThrows(IllegalArgumentException.class, () -> Judgment.point("emobank", "m", "llm", "i", "vad",
                new double[]{1, 2}, false, null));
    }

    @Test
    void eachModeReadsItsOwnVariantUnderTheModelsName() {
        Judgment llm = Judgment.point("goemotions", "gpt", "llm", "a", "rates", new double[]{1, 0}, false, Map.of("parse", "emogap"));
        Judgment variant = Judgment.point("goemotions", "gpt:paper", "llm", "a", "rates", new double[]{0.5, 0.5}, false, Map.of("parse", "paper"));
        Judgment head = Judgment.point("goemotions", "enc:x:head", "head", "a", "distribution", new double[]{0.3, 0.7}, false, null);
        List<Judgment> all = List.of(llm, variant, head);
        assertEquals(List.of(llm, head), Judgments.forMode(all, RunMode.EMOGAP));
        List<Judgment> paper = Judgments.forMode(all, RunMode.PAPER);
        assertEquals(2, paper.size());
        assertEquals("gpt", paper.get(0).model());
        assertArrayEquals(new double[]{0.5, 0.5}, paper.get(0).values());
        assertEquals("paper", paper.get(0).provenance().get("parse"));
        assertEquals(head, paper.get(1));
    }
}
