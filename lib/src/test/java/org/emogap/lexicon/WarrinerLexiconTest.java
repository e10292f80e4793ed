package org.emogap.lexicon;

import org.emogap.io.DataFileException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class WarrinerLexiconTest {
    static WarrinerLexicon lex;

    @BeforeAll static void load() {
        assumeTrue(System.getenv("EMOGAP_DATA_MIRROR") != null, "EMOGAP_DATA_MIRROR not set");
        lex = WarrinerLexicon.load();
    }

    @Test void readsAllLemmasAndRescales() {
        // 13,915 rows, 10 of them capitalised twins of a lower-case lemma (python: Counter of lower-cased Word)
        assertEquals(13_905, lex.size());
        // "AIDS" (V 1.33) must not replace "aids" (V 3.52): 1 + 2.52/2 = 2.26
        assertEquals(2.26, lex.norm("aids")[0], 1e-12);
        // happy: V.Mean.Sum 8.47 -> 1 + 7.47/2 = 4.735 (grep '^5596,happy' in the CSV)
        assertArrayEquals(new double[]{4.735, 1 + 5.05 / 2, 1 + 6.21 / 2}, lex.norm("happy"), 1e-12);
    }

    @Test void averagesMatchedTokensWithWordNetLemmas() {
        // "loved" is normed itself (7.65, 5.59, 6.68); "dogs" only via its lemma "dog" (7, 5.43, 5.73);
        // "I" and "the" are not normed. Mean (7.325, 5.51, 6.205) on 1-9 -> (4.1625, 3.255, 3.6025) on 1-5
        WarrinerLexicon.Score s = lex.score("I loved the dogs!");
        assertArrayEquals(new double[]{4.1625, 3.255, 3.6025}, s.vad(), 1e-12);
        assertEquals(2, s.matched());
        assertEquals(4, s.tokens());
        WarrinerLexicon.Score none = lex.score("zzqx 123");
        assertArrayEquals(new double[]{3, 3, 3}, none.vad());
        assertEquals(0, none.matched());
    }

    @Test void countsTokensAsTheCueMatcherSplitsThem() {
        // one tokenizer for every lexicon: a hyphen splits, an inner apostrophe stays, digits drop
        WarrinerLexicon.Score s = lex.score("Don't STOP... 'well-being' naïve 42");
        assertEquals(CueMatcher.tokens("Don't STOP... 'well-being' naïve 42").size(), s.tokens());
        assertEquals(5, s.tokens());
    }

    @Test void badRowNamesFileAndLine(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("w.csv");
        Files.writeString(f, ",Word,V.Mean.Sum,A.Mean.Sum,D.Mean.Sum\n1,good,7,4,6\n2,bad,x,4,6\n");
        DataFileException e = assertThrows(DataFileException.class, () -> WarrinerLexicon.load(f));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().startsWith(f + ":3: "), e.getMessage());
    }
}
