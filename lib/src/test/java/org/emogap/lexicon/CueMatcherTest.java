package org.emogap.lexicon;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class CueMatcherTest {
    private static final CueMatcher M = CueMatcher.wordNet();

    @Test
    void tokensLowerCaseSplitOnNonLettersKeepInnerApostrophes() {
        // by hand: "—", spaces and "!" split; the quote marks around 'really' are not inside a word
        assertEquals(List.of("i", "don't", "love", "it", "really"), CueMatcher.tokens("I don't LOVE it—'really'!"));
        // digits split words; apostrophes between letters chain; a typographic apostrophe becomes '
        assertEquals(List.of("rock'n'roll", "x", "it's"), CueMatcher.tokens("rock'n'roll 3x it\u2019s"));
    }

    @Test
    void trailingPossessiveApostropheIsDropped() {
        // "joys'" : the apostrophe is followed by nothing, so it is not inside a word
        assertEquals(List.of("joys", "joy's"), CueMatcher.tokens("joys' joy's"));
        assertEquals(List.of(), CueMatcher.tokens("123 -- !!"));
    }

    @Test
    void tokenMatchesThroughItsWordNetBaseForm() {
        // WordNet morphology: disappointed -> disappoint (verb), annoying -> annoy, angrier -> angry (adjective)
        assertEquals("disappoint", M.firstMatch("I was so disappointed.", Set.of("disappoint")));
        assertEquals("annoy", M.firstMatch("Annoying people everywhere", Set.of("annoy")));
        assertEquals("angry", M.firstMatch("angrier than ever", Set.of("angry")));
        assertEquals("love", M.firstMatch("she loved it", Set.of("love")));
    }

    @Test
    void noSubstringMatches() {
        // a substring test would find "appoint" in "disappointed", "fear" in "fearless", "joy" in "killjoy"
        assertNull(M.firstMatch("I was so disappointed", Set.of("appoint")));
        assertFalse(M.matches("a fearless killjoy", Set.of("fear", "joy")));
        assertFalse(M.matches("my scare", Set.of("care")));
    }

    @Test
    void baseFormLookupsAreCached() {
        CueMatcher m = CueMatcher.wordNet();
        m.matches("feet feet feet", Set.of("hand"));
        assertEquals(1, m.cachedTokens());
        assertTrue(m.forms("feet").contains("foot"));
    }
}
