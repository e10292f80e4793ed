package org.emogap.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;
import org.emogap.io.DataFileException;

/**
 * Each bad file is refused with {@code file:line: reason}; where skipping is right the rows are
 * counted instead. Fixtures are in src/test/resources/data; in the GoEmotions ones, lines 2–3 hold
 * a quoted two-line text, so line numbers after it prove that multi-line records are counted right.
 */
class BadInputTest {
    private static Path f(String name) { return Mirror.fixture(name); }

    private static DataFileException refused(Path file, long line, String reasonPart, Executable load) {
        DataFileException e = assertThrows(DataFileException.class, load);
        assertEquals(file, e.file());
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.reason().contains(reasonPart), e.getMessage());
        assertTrue(e.getMessage().startsWith(file + ":" + line + ": "), e.getMessage());
        return e;
    }

    private static Executable go(String name) {
        return () -> GoEmotions.loadRaw(List.of(f(name)), "fixture", GoRawOptions.defaults());
    }

    @Test
    void goEmotionsNonBinaryLabel() {
        refused(f("go_bad_label.csv"), 4, "column 'joy' is 'x', expected 0 or 1", go("go_bad_label.csv"));
    }

    @Test
    void goEmotionsRowWithTooFewFields() {
        refused(f("go_short_row.csv"), 4, "expected 32 fields as in the header, found 6", go("go_short_row.csv"));
    }

    @Test
    void goEmotionsUnclosedQuote() {
        refused(f("go_unclosed_quote.csv"), 4, "malformed CSV", go("go_unclosed_quote.csv"));
    }

    @Test
    void goEmotionsMissingColumns() {
        refused(f("go_missing_column.csv"), 1, "missing column(s) [rater_id, neutral]", go("go_missing_column.csv"));
    }

    @Test
    void goEmotionsBadVeryUnclearFlag() {
        refused(f("go_bad_unclear.csv"), 4, "example_very_unclear is 'maybe'", go("go_bad_unclear.csv"));
    }

    @Test
    void goEmotionsDuplicateRaterOfAComment() {
        refused(f("go_duplicate.csv"), 5, "rater 1 already rated comment a1 at go_duplicate.csv:2", go("go_duplicate.csv"));
    }

    @Test
    void goEmotionsDuplicateAcrossFiles() {
        // go_split_b.csv line 2 and go_split_c.csv line 3 both hold rater 2 of comment c1
        Path c = f("go_split_c.csv");
        refused(c, 3, "rater 2 already rated comment c1 at go_split_b.csv:2",
                () -> GoEmotions.loadRaw(List.of(f("go_split_a.csv"), f("go_split_b.csv"), c), "abc", GoRawOptions.defaults()));
    }

    @Test
    void goEmotionsEmptyFile() {
        refused(f("go_empty.csv"), 1, "empty file", go("go_empty.csv"));
    }

    @Test
    void goEmotionsHeaderOnlyFileIsRefused(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path header = dir.resolve("go_header_only.csv");
        java.nio.file.Files.writeString(header, java.nio.file.Files.readAllLines(f("go_duplicate.csv")).get(0) + "\n");
        refused(header, 1, "a header but no data rows", () -> GoEmotions.loadRaw(List.of(header), "h", GoRawOptions.defaults()));
    }

    @Test
    void goEmotionsCommentIdWithTwoTextsIsCounted(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        List<String> lines = java.nio.file.Files.readAllLines(f("go_split_a.csv"));
        String header = lines.get(0);
        String row = "%s,x1,%s,False" + ",0".repeat(27) + ",1";
        Path file = dir.resolve("go_two_texts.csv");
        java.nio.file.Files.writeString(file, header + "\n" + String.format(row, "first text", "r1") + "\n"
                + String.format(row, "another text", "r2") + "\n" + String.format(row, "first text", "r3") + "\n");
        GoRaw raw = GoEmotions.loadRaw(List.of(file), "t", GoRawOptions.defaults());
        assertEquals(1, raw.comments().size());
        assertEquals("first text", raw.comments().get(0).text());
        assertEquals(3, raw.comments().get(0).nRaters());
        assertEquals(1, raw.textConflicts());
        assertTrue(raw.summary().contains("1 rows gave their comment id another text"), raw.summary());
    }

    @Test
    void splitLabelIndexOutOfRange() {
        refused(f("split_bad_index.tsv"), 2, "label index 28 out of range 0..27", () -> GoEmotions.loadSplit(f("split_bad_index.tsv")));
    }

    @Test
    void splitLabelNotANumber() {
        refused(f("split_not_number.tsv"), 2, "label 'x' is not a number", () -> GoEmotions.loadSplit(f("split_not_number.tsv")));
    }

    @Test
    void splitMissingField() {
        refused(f("split_fields.tsv"), 2, "expected 3 tab-separated fields", () -> GoEmotions.loadSplit(f("split_fields.tsv")));
    }

    private static Executable eb(String ratings, String corpus) {
        return () -> EmoBank.load(f(ratings), f(corpus), null, EmoBankOptions.defaults());
    }

    @Test
    void emoBankNonNumericRating() {
        refused(f("eb_ratings_not_number.csv"), 3, "column A is 'x', expected an integer rating 1-5", eb("eb_ratings_not_number.csv", "eb_corpus.csv"));
    }

    @Test
    void emoBankRatingOffTheScale() {
        refused(f("eb_ratings_out_of_range.csv"), 3, "column D is 6, outside the rating scale 1-5", eb("eb_ratings_out_of_range.csv", "eb_corpus.csv"));
    }

    @Test
    void emoBankMissingColumn() {
        refused(f("eb_ratings_missing_column.csv"), 1, "missing column(s) [D]", eb("eb_ratings_missing_column.csv", "eb_corpus.csv"));
    }

    @Test
    void emoBankShortRow() {
        refused(f("eb_ratings_short_row.csv"), 3, "expected 4 fields as in the header, found 3", eb("eb_ratings_short_row.csv", "eb_corpus.csv"));
    }

    @Test
    void emoBankUnknownSplit() {
        refused(f("eb_corpus_bad_split.csv"), 3, "split is 'holdout'", eb("eb_ratings.csv", "eb_corpus_bad_split.csv"));
    }

    @Test
    void emoBankSkipsAndCountsWhatItCannotUse() {
        // eb_ratings.csv: t1 (3,3,3) (1,1,1) (4,2,3); t2 (5,5,5) (4,4,4); zz has no text; t3 has no rating
        EmoBankData d = EmoBank.load(f("eb_ratings.csv"), f("eb_corpus.csv"), null, EmoBankOptions.defaults());
        assertEquals(6, d.ratingsRead());
        assertEquals(1, d.ratingsWithoutText());
        assertEquals(1, d.textsWithoutRatings());
        assertEquals(1, d.allOnesRatings());
        assertEquals(List.of("t1", "t2"), d.texts().stream().map(EmoText::id).toList());
        assertEquals("Two\nlines", d.texts().get(1).text());
        // t1 V: 3,1,4 -> mean 8/3; kept by default
        assertEquals(8.0 / 3, d.texts().get(0).mean()[0], 1e-12);
        EmoBankData dropped = EmoBank.load(f("eb_ratings.csv"), f("eb_corpus.csv"), null, EmoBankOptions.defaults().dropAllOnes(true));
        assertEquals(1, dropped.allOnesDropped());
        assertEquals(3.5, dropped.texts().get(0).mean()[0], 1e-12); // (3+4)/2
        assertTrue(dropped.summary().contains("1 ratings of texts outside the corpus skipped"), dropped.summary());
    }

    @Test
    void coreSetFileWithDuplicateOrMixedDatasets() {
        refused(f("core_duplicate.csv"), 4, "item t1 appears twice", () -> CoreSet.read(f("core_duplicate.csv")));
        refused(f("core_mixed.csv"), 3, "dataset 'goemotions' differs from 'emobank'", () -> CoreSet.read(f("core_mixed.csv")));
    }
}
