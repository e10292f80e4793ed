package org.emogap.data;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Expected values from an independent Python csv.DictReader pass over the same files
 * (group rows by id; votes per label; levels by the docs/method.md rule).
 */
class GoEmotionsTest {
    @Test
    void labelsAreEmotionsTxtInOrder() throws Exception {
        List<String> file = Arrays.asList(Files.readString(Mirror.file("goemotions/emotions.txt")).split("\n"));
        assertEquals(file, GoEmotions.labels());
        assertEquals(28, GoEmotions.labels().size());
        assertEquals(27, GoEmotions.labelIndex("neutral"));
    }

    @Test
    void subsetLoadsEveryRaterOfEveryComment() {
        GoRaw raw = GoEmotions.loadRaw(List.of(Mirror.goSubset()), "subset", GoRawOptions.defaults());
        // python: 7679 rows, 1565 ids, 211 very unclear; raters 5: 1419, 4: 146
        assertEquals(7679, raw.rowsRead());
        assertEquals(1565, raw.comments().size());
        assertEquals(211, raw.veryUnclearRows());
        assertEquals(0, raw.droppedRows());
        assertEquals(1419, raw.comments().stream().filter(c -> c.nRaters() == 5).count());
        assertEquals(146, raw.comments().stream().filter(c -> c.nRaters() == 4).count());
        Map<Agreement, Long> levels = raw.comments().stream().collect(Collectors.groupingBy(GoComment::agreement, Collectors.counting()));
        // python: partial 1278, full_disagreement 272, full_agreement 15
        assertEquals(Map.of(Agreement.PARTIAL_AGREEMENT, 1278L, Agreement.FULL_DISAGREEMENT, 272L, Agreement.FULL_AGREEMENT, 15L), levels);
        // first comment in file order, eczf6bu: 5 raters; admiration 1, embarrassment 1, pride 2, neutral 1
        GoComment first = raw.comments().get(0);
        assertEquals("eczf6bu", first.id());
        assertEquals("So proud our sub is leaking into facebook", first.text());
        assertEquals(5, first.nRaters());
        int[] votes = first.votes();
        assertEquals(1, votes[0]);
        assertEquals(1, votes[12]);
        assertEquals(2, votes[21]);
        assertEquals(1, votes[27]);
        assertEquals(5, Arrays.stream(votes).sum());
        assertEquals(0.4, first.rates()[21], 1e-15);
        assertEquals(0.4, first.distribution()[21], 1e-15); // 2 / Σvotes 5
        assertEquals("subset", raw.source());
    }

    @Test
    void droppingVeryUnclearRowsCountsThem() {
        GoRaw raw = GoEmotions.loadRaw(List.of(Mirror.goSubset()), "subset", GoRawOptions.defaults().dropVeryUnclear(true));
        assertEquals(7679, raw.rowsRead());
        assertEquals(211, raw.veryUnclearRows());
        assertEquals(211, raw.droppedRows());
        assertEquals(0, raw.droppedComments());
        assertEquals(7679 - 211, raw.comments().stream().mapToInt(GoComment::nRaters).sum());
        // python: among comments still with >=3 raters: partial 1267, disagreement 267, full 23
        Map<Agreement, Long> levels = raw.comments().stream().filter(c -> c.nRaters() >= 3)
                .collect(Collectors.groupingBy(GoComment::agreement, Collectors.counting()));
        assertEquals(Map.of(Agreement.PARTIAL_AGREEMENT, 1267L, Agreement.FULL_DISAGREEMENT, 267L, Agreement.FULL_AGREEMENT, 23L), levels);
        assertTrue(raw.comments().stream().allMatch(c -> c.veryUnclearCount() == 0));
    }

    @Test
    void headOfCanonicalFileLoadsWithMetadataColumns() {
        GoRaw raw = GoEmotions.loadRaw(List.of(Mirror.goHead()), "head", GoRawOptions.defaults());
        // python: 4895 rows (quoted multi-line fields included), 4703 comments, 58 very unclear, 192 with 2 raters
        assertEquals(4895, raw.rowsRead());
        assertEquals(4703, raw.comments().size());
        assertEquals(58, raw.veryUnclearRows());
        assertEquals(192, raw.comments().stream().filter(c -> c.nRaters() == 2).count());
        GoComment first = raw.comments().get(0);
        assertEquals("eew5j0j", first.id());
        assertEquals("That game hurt.", first.text());
        assertEquals(1.0, first.rates()[25]); // sadness
        // dropping very-unclear rows empties the 51 comments that had only such rows (python: 4703 - 4652)
        GoRaw dropped = GoEmotions.loadRaw(List.of(Mirror.goHead()), "head", GoRawOptions.defaults().dropVeryUnclear(true));
        assertEquals(4652, dropped.comments().size());
        assertEquals(51, dropped.droppedComments());
    }

    @Test
    void twoFilesMergeRatersOfTheSameComment() {
        // The subset's rows of one comment split over two files must give the same comment as one file.
        GoRaw one = GoEmotions.loadRaw(List.of(Mirror.fixture("go_split_a.csv"), Mirror.fixture("go_split_b.csv")), "ab", GoRawOptions.defaults());
        assertEquals(2, one.comments().size());
        GoComment c = one.byId().get("c1");
        assertEquals(3, c.nRaters());
        assertArrayEquals(new String[]{"1", "2", "3"}, c.raterIds());
        assertEquals(Agreement.FULL_DISAGREEMENT, c.agreement()); // joy, love, neutral once each
    }

    @Test
    void splitsLoad() {
        assertEquals(43410, GoEmotions.loadSplit(Mirror.file("goemotions/aggregated/train.tsv")).size());
        assertEquals(5426, GoEmotions.loadSplit(Mirror.file("goemotions/aggregated/dev.tsv")).size());
        List<SplitExample> test = GoEmotions.loadSplit(Mirror.file("goemotions/aggregated/test.tsv"));
        assertEquals(5427, test.size());
        // train.tsv line 3: "WHY THE FUCK IS BAYLESS ISOING\t2\teezlygj"
        SplitExample third = GoEmotions.loadSplit(Mirror.file("goemotions/aggregated/train.tsv")).get(2);
        assertEquals("eezlygj", third.id());
        assertEquals("WHY THE FUCK IS BAYLESS ISOING", third.text());
        assertArrayEquals(new int[]{2}, third.labels());
    }

    @Test
    void envVariablePointsTheLoaderAtOtherFiles() {
        Path subset = Mirror.goSubset();
        String key = "emogap.goemotions.raw";
        String old = System.getProperty(key);
        try {
            System.setProperty(key, subset.toString());
            assertTrue(GoEmotions.rawAvailable());
            GoRaw raw = GoEmotions.loadRaw(GoRawOptions.defaults());
            assertEquals("goemotions_raw_subset_long.csv", raw.source());
            assertEquals(1565, raw.comments().size());

            assertTrue(GoEmotions.rawStatus().contains("goemotions_raw_subset_long.csv"), GoEmotions.rawStatus());

            System.setProperty(key, subset.resolveSibling("no_such_file.csv").toString());
            assertFalse(GoEmotions.rawAvailable());
            assertTrue(GoEmotions.rawStatus().contains("no_such_file.csv"), GoEmotions.rawStatus());
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> GoEmotions.loadRaw(GoRawOptions.defaults()));
            assertTrue(e.getMessage().contains("no_such_file.csv"), e.getMessage());
            assertTrue(e.getMessage().contains(GoEmotions.RAW_ENV), e.getMessage());
        } finally {
            if (old == null) System.clearProperty(key);
            else System.setProperty(key, old);
        }
    }

    /** Without per-rater data the status says what is missing and where to get and put it (no download is tried). */
    @Test
    void noPerRaterDataIsSaidClearly() {
        Mirror.root();
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv(GoEmotions.RAW_ENV) == null && System.getProperty("emogap.goemotions.raw") == null,
                GoEmotions.RAW_ENV + " is set here");
        Fetch fetch = Fetch.standard();
        org.junit.jupiter.api.Assumptions.assumeTrue(fetch.local("goemotions_1").isEmpty(), "the canonical files are present here");
        assertFalse(GoEmotions.rawAvailable());
        String s = GoEmotions.rawStatus();
        assertTrue(s.startsWith("No GoEmotions per-rater data here: goemotions_1.csv is missing"), s);
        assertTrue(s.contains("https://storage.googleapis.com/gresearch/goemotions/data/full_dataset/goemotions_3.csv"), s);
        assertTrue(s.contains(fetch.target("goemotions_2").toString()), s);
        assertTrue(s.contains(GoEmotions.RAW_ENV), s);
    }

    @Test
    void groupingsCoverTheEmotions() {
        Map<String, List<String>> ekman = GoEmotions.grouping(Mirror.file("goemotions/ekman_mapping.json"));
        assertEquals(List.of("anger", "disgust", "fear", "joy", "sadness", "surprise"), List.copyOf(ekman.keySet()));
        assertEquals(List.of("fear", "nervousness"), ekman.get("fear"));
        // the 27 emotions, each exactly once; neutral in no group
        List<String> all = ekman.values().stream().flatMap(List::stream).sorted().toList();
        assertEquals(GoEmotions.labels().subList(0, 27).stream().sorted().toList(), all);
        Map<String, List<String>> sentiment = GoEmotions.grouping(Mirror.file("goemotions/sentiment_dict.json"));
        assertEquals(12 + 11 + 4, sentiment.values().stream().mapToInt(List::size).sum());
        assertEquals(List.of("realization", "surprise", "curiosity", "confusion"), sentiment.get("ambiguous"));
    }
}
