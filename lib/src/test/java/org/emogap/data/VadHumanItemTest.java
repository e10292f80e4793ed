package org.emogap.data;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class VadHumanItemTest {
    @Test
    void derivedValuesFromRatings() {
        // V ratings 2,2,3,1,3: mean 2.2, variance ddof=1 ((.04+.04+.64+1.44+.64)/4) = 0.7, hist (1,2,2,0,0)
        VadHumanItem h = new VadHumanItem("x", "high", "neutral", new int[][]{{2, 3, 3}, {2, 3, 2}, {3, 2, 3}, {1, 3, 3}, {3, 4, 3}});
        assertArrayEquals(new double[]{2.2, 3.0, 2.8}, h.mean(), 1e-12);
        assertEquals(0.7, h.variance()[0], 1e-12);
        assertArrayEquals(new double[]{1, 2, 2, 0, 0}, h.histogram(0), 0);
        assertTrue(Double.isNaN(new VadHumanItem("y", "single_rating", "neutral", new int[][]{{3, 3, 3}}).variance()[1]));
        assertThrows(IllegalArgumentException.class, () -> new VadHumanItem("z", "high", "neutral", new int[][]{{3, 0, 3}}));
    }

    @Test
    void fromEmoTextKeepsRatingsAndGroups() {
        EmoText t = new EmoText("a", "text", "test", new int[][]{{3, 3, 3}, {3, 3, 3}, {2, 4, 2}, {2, 2, 2}, {3, 3, 3}});
        VadHumanItem h = VadHumanItem.of(t);
        assertArrayEquals(t.mean(), h.mean(), 0);
        assertEquals(t.agreement().label(), h.agreement());
        assertEquals(t.valenceBand(), h.valenceBand());
        assertEquals(VadHumanItem.SINGLE, VadHumanItem.of(new EmoText("b", "t", "dev", new int[][]{{1, 2, 3}})).agreement());
    }

    /*
     * The publisher's reader.csv / writer.csv are the means after dropping V=A=D=1 ratings, for ids
     * with N > 1, population SD, rounded to 2 decimals (corpus/aggregation.ipynb). With the loader
     * told to drop the same ratings, our human means and N must reproduce every row.
     */
    @Test
    void humanMeansMatchThePublishersReaderFile() {
        checkAgainstPublisher(Perspective.READER, "reader.csv", 10325);
    }

    @Test
    void humanMeansMatchThePublishersWriterFile() {
        checkAgainstPublisher(Perspective.WRITER, "writer.csv", 10279);
    }

    static void checkAgainstPublisher(Perspective p, String gold, int goldRows) {
        String mirror = System.getenv("EMOGAP_DATA_MIRROR");
        Assumptions.assumeTrue(mirror != null && !mirror.isBlank(), "EMOGAP_DATA_MIRROR is not set: skipping a test on real data");
        Path corpus = Path.of(mirror, "emobank", "corpus");
        EmoBankOptions o = EmoBankOptions.defaults().perspective(p).dropAllOnes(true).includeUnsplit(true);
        List<VadHumanItem> items = VadHumanItem.of(EmoBank.load(corpus.resolve("individual_" + p.label() + "_ratings.csv"),
                corpus.resolve("emobank.csv"), corpus.resolve("raw.csv"), o).texts());
        Map<String, VadHumanItem> byId = new HashMap<>();
        items.forEach(h -> byId.put(h.itemId(), h));
        int rows = 0;
        try (Reader r = Files.newBufferedReader(corpus.resolve(gold), StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            for (CSVRecord rec : parser) {
                rows++;
                String where = gold + ":" + (rec.getRecordNumber() + 1) + " " + rec.get("id");
                VadHumanItem h = byId.get(rec.get("id"));
                assertNotNull(h, where + " has no human item");
                assertEquals(Integer.parseInt(rec.get("N")), h.n(), where);
                double[] m = h.mean();
                double[] v = h.variance();
                for (int d = 0; d < 3; d++) {
                    String dim = VadHumanItem.SHORT[d];
                    assertEquals(Double.parseDouble(rec.get(dim)), Math.round(m[d] * 100) / 100.0, 1e-9, where + " " + dim);
                    double popSd = Math.sqrt(v[d] * (h.n() - 1) / h.n());
                    assertEquals(Double.parseDouble(rec.get("std" + dim)), Math.round(popSd * 100) / 100.0, 1e-9, where + " std" + dim);
                }
            }
        } catch (IOException e) {
            throw new AssertionError("cannot read " + gold + ": " + e.getMessage(), e);
        }
        assertEquals(goldRows, rows);
        // and the other way round: every text with 2+ ratings left is in the publisher's file
        assertEquals(goldRows, items.stream().filter(h -> h.n() > 1).count());
    }
}
