package org.emogap.data;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

/** Expected values from an independent Python csv + statistics pass over the same files. */
class EmoBankTest {
    static EmoBankData load(EmoBankOptions o) {
        Path ratings = Mirror.file("emobank/corpus/individual_" + o.perspective().label() + "_ratings.csv");
        return EmoBank.load(ratings, Mirror.file("emobank/corpus/emobank.csv"),
                o.includeUnsplit() ? Mirror.file("emobank/corpus/raw.csv") : null, o);
    }

    @Test
    void readerRatingsAsThePaperUsesThem() {
        EmoBankData d = load(EmoBankOptions.defaults());
        // python: 53,055 rows; 5,130 with V=A=D=1; all 10,062 corpus ids rated; 2,439 ratings of ids outside emobank.csv
        assertEquals(53055, d.ratingsRead());
        assertEquals(5130, d.allOnesRatings());
        assertEquals(0, d.allOnesDropped());
        assertEquals(10062, d.texts().size());
        assertEquals(2439, d.ratingsWithoutText());
        assertEquals(0, d.textsWithoutRatings());
        // 110CYL068_1079_1110: ratings (3,3,3) (3,3,3) (2,4,2) (2,2,2) (3,3,3)
        // mean V = 13/5 = 2.6, A = 3, D = 2.6; sd V = sqrt(((.4)^2*3 + (.6)^2*2)/4) = sqrt(.3) = .5477...
        // sd A = sqrt((1+1)/4) = .7071...; mean_vad_std = .60085 -> moderate; V 2.6 -> neutral band
        EmoText t = d.byId().get("110CYL068_1079_1110");
        assertEquals("test", t.split());
        assertEquals("If I wasn't working here.", t.text());
        assertEquals(5, t.n());
        assertArrayEquals(new double[]{2.6, 3.0, 2.6}, t.mean(), 1e-12);
        assertArrayEquals(new double[]{Math.sqrt(0.3), Math.sqrt(0.5), Math.sqrt(0.3)}, t.sd(), 1e-12);
        assertEquals(0.6008506320656266, t.meanVadStd(), 1e-12);
        assertEquals(VadAgreement.MODERATE, t.agreement());
        assertEquals("neutral", t.valenceBand());
        // histogram of V: two 2s, three 3s; of A: one 2, three 3s, one 4
        assertArrayEquals(new int[]{0, 2, 3, 0, 0}, t.histogram()[0]);
        assertArrayEquals(new int[]{0, 1, 3, 1, 0}, t.histogram()[1]);
        // python: agreement x valence band counts over the 10,062 texts
        Map<String, Long> strata = d.texts().stream().collect(Collectors.groupingBy(x -> CoreSets.stratum(x.agreement(), x.valenceBand()), Collectors.counting()));
        assertEquals(Map.of("high/negative", 36L, "high/neutral", 2696L, "high/positive", 40L,
                "low/negative", 1880L, "low/neutral", 751L, "low/positive", 200L,
                "moderate/negative", 604L, "moderate/neutral", 3409L, "moderate/positive", 446L), strata);
    }

    @Test
    void writerRatingsLoad() {
        EmoBankData d = load(EmoBankOptions.defaults().perspective(Perspective.WRITER));
        // python: 53,118 rows, 4,809 all-ones, 2,438 of ids outside the corpus
        assertEquals(53118, d.ratingsRead());
        assertEquals(4809, d.allOnesRatings());
        assertEquals(2438, d.ratingsWithoutText());
        assertEquals(10062, d.texts().size());
    }

    @Test
    void droppingAllOnesCounts() {
        EmoBankData d = load(EmoBankOptions.defaults().dropAllOnes(true));
        assertEquals(5130, d.allOnesRatings());
        // python: 4,116 of the all-ones ratings belong to corpus texts; the other 1,014 are outside it anyway
        assertEquals(4116, d.allOnesDropped());
        assertEquals(53055 - 2439 - 4116, d.texts().stream().mapToInt(EmoText::n).sum());
        assertTrue(d.texts().stream().allMatch(t -> t.allOnesCount() == 0));
    }

    /**
     * The publisher's reader.csv: V=A=D=1 dropped, mean and population SD (ddof=0), ids with N>1,
     * rounded to 2 decimals. Ours with the same filter must match every row within rounding.
     */
    @Test
    void meansMatchThePublishersGoldWithTheSameFilter() throws Exception {
        Map<String, EmoText> ours = load(EmoBankOptions.defaults().dropAllOnes(true).includeUnsplit(true)).byId();
        int rows = 0;
        try (Reader in = Files.newBufferedReader(Mirror.file("emobank/corpus/reader.csv"));
             CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            for (CSVRecord r : p) {
                rows++;
                EmoText t = ours.get(r.get("id"));
                assertNotNull(t, r.get("id"));
                assertEquals(Integer.parseInt(r.get("N")), t.n(), r.get("id"));
                double[] m = t.mean(), s = t.sd();
                double ddof0 = Math.sqrt((t.n() - 1.0) / t.n());
                String[] dims = {"V", "A", "D"};
                for (int d = 0; d < 3; d++) {
                    assertEquals(Double.parseDouble(r.get(dims[d])), m[d], 0.005 + 1e-9, r.get("id") + " mean " + dims[d]);
                    assertEquals(Double.parseDouble(r.get("std" + dims[d])), s[d] * ddof0, 0.005 + 1e-9, r.get("id") + " sd " + dims[d]);
                }
            }
        }
        assertEquals(10325, rows);
    }

    /** The V=A=D=1 filter's effect on agreement levels (python: keep 2772/4459/2831, drop 3690/5195/1177). */
    @Test
    void allOnesFilterEffect() {
        Map<VadAgreement, Long> keep = load(EmoBankOptions.defaults()).texts().stream().collect(Collectors.groupingBy(EmoText::agreement, Collectors.counting()));
        Map<VadAgreement, Long> drop = load(EmoBankOptions.defaults().dropAllOnes(true)).texts().stream().collect(Collectors.groupingBy(EmoText::agreement, Collectors.counting()));
        assertEquals(Map.of(VadAgreement.HIGH, 2772L, VadAgreement.MODERATE, 4459L, VadAgreement.LOW, 2831L), keep);
        assertEquals(Map.of(VadAgreement.HIGH, 3690L, VadAgreement.MODERATE, 5195L, VadAgreement.LOW, 1177L), drop);
    }

    @Test
    void sdIsNaNForOneRatingAndAgreementIsRefused() {
        EmoText one = new EmoText("x", "t", "train", new int[][]{{3, 3, 3}});
        assertTrue(Double.isNaN(one.sd()[0]));
        assertThrows(IllegalStateException.class, one::agreement);
        assertThrows(IllegalArgumentException.class, () -> new EmoText("x", "t", "train", new int[][]{{3, 6, 3}}));
    }

    @Test
    void agreementAndBandBoundaries() {
        assertEquals(VadAgreement.HIGH, VadAgreement.of(0.2999));
        assertEquals(VadAgreement.MODERATE, VadAgreement.of(0.3));
        assertEquals(VadAgreement.MODERATE, VadAgreement.of(0.6999));
        assertEquals(VadAgreement.LOW, VadAgreement.of(0.7));
        // V ratings 2,3 -> mean 2.5 exactly: the band (0, 2.5] is closed on the right
        assertEquals("negative", new EmoText("a", "t", "dev", new int[][]{{2, 3, 3}, {3, 3, 3}}).valenceBand());
        assertEquals("neutral", new EmoText("b", "t", "dev", new int[][]{{3, 3, 3}, {4, 3, 3}}).valenceBand()); // 3.5
        assertEquals("positive", new EmoText("c", "t", "dev", new int[][]{{4, 3, 3}, {4, 3, 3}}).valenceBand());
    }

    @Test
    void paperModeDrawsFromEveryTextWithThreeReaderRatings() {
        assertFalse(EmoBankOptions.defaults().includeUnsplit());
        System.setProperty("emogap.mode", "paper");
        try {
            assertTrue(EmoBankOptions.defaults().includeUnsplit());
            // docs/method.md, paper mode: 10,548 texts have ≥ 3 reader ratings when raw.csv's texts count too
            long candidates = load(EmoBankOptions.defaults()).texts().stream().filter(t -> t.n() >= 3).count();
            assertEquals(10548, candidates);
        } finally {
            System.clearProperty("emogap.mode");
        }
    }
}
