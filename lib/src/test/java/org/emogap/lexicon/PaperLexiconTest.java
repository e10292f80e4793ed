package org.emogap.lexicon;

import org.emogap.data.GoEmotions;
import org.emogap.io.DataFileException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class PaperLexiconTest {
    private static Path res(String name) throws Exception {
        return Path.of(PaperLexiconTest.class.getResource("/lexicon/" + name).toURI());
    }

    @Test
    void readsTheDictionaryLiteralAndRefusesAnotherShape() throws Exception {
        Lexicon x = PaperLexicon.read(res("paper_small.py"), List.of("anger", "gratitude"));
        assertEquals(Set.of("angry", "mad", "rage"), x.words("anger"));
        assertEquals(Set.of("grateful", "thanks", "thank you"), x.words("gratitude"));
        assertTrue(x.cues().stream().allMatch(c -> c.source().equals(Cue.PAPER)));
        DataFileException bad = assertThrows(DataFileException.class, () -> PaperLexicon.read(res("paper_bad.py"), List.of("anger", "gratitude")));
        assertTrue(bad.getMessage().contains("paper_bad.py:3"), bad.getMessage());
        DataFileException missing = assertThrows(DataFileException.class, () -> PaperLexicon.read(res("paper_small.py"), List.of("anger", "gratitude", "joy")));
        assertTrue(missing.getMessage().contains("lacks [joy]"), missing.getMessage());
    }

    @Test
    void substringRuleIsTheAuthorsAnyWordInLoweredText() {
        // compute_lexicon_coverage: any(word.lower() in text.lower() for word in lexicon_words)
        TextMatcher sub = TextMatcher.substring();
        assertTrue(sub.matches("I MADE it", Set.of("mad")));          // the substring rule's known false hit
        assertFalse(CueMatcher.wordNet().matches("I MADE it", Set.of("mad")));
        assertTrue(sub.matches("Thank you!", Set.of("thank you")));
        assertFalse(sub.matches("thank all of you", Set.of("thank you")));
        assertEquals("substring", sub.rule());
    }

    @Test
    void realFileHasTenCuesForEachOfTheTwentyEightCategories() {
        Assumptions.assumeTrue(System.getenv("EMOGAP_DATA_MIRROR") != null, "EMOGAP_DATA_MIRROR not set");
        Lexicon p = PaperLexicon.load(GoEmotions.labels());
        for (String c : GoEmotions.labels()) assertEquals(10, p.words(c).size(), c);
        assertTrue(p.words("gratitude").containsAll(List.of("grateful", "thankful", "thanks", "thank you")));
        assertTrue(p.words("confusion").contains("mixed up"));
    }
}
