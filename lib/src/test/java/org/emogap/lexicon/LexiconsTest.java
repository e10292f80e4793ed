package org.emogap.lexicon;

import org.emogap.data.GoEmotions;
import org.emogap.io.DataFileException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class LexiconsTest {
    private static Path res(String name) throws Exception {
        return Path.of(LexiconsTest.class.getResource("/lexicon/" + name).toURI());
    }

    private static final Lexicon WN = Lexicons.wordNet(GoEmotions.labels());

    @Test
    void wordNetAnnoyanceFeelingSynonymsPlusTheNameDerivation() {
        // WordNet 3.1 "annoyance": noun.feeling sense {annoyance, chafe, vexation}; its only DERIVATION
        // pointer (annoyance -> annoy, verb) sits on the noun.act sense {annoyance, annoying, irritation, vexation},
        // whose lemmas are not taken (noun.act is not an emotion file)
        assertEquals(Set.of("annoy", "annoyance", "chafe", "vexation"), WN.words("annoyance"));
        assertTrue(WN.cues().contains(new Cue("annoyance", "annoy", Cue.WORDNET_DERIVATION)));
        assertTrue(WN.cues().contains(new Cue("annoyance", "chafe", Cue.WORDNET_SYNONYM)));
    }

    @Test
    void wordNetOtherSensesLeftOut() {
        // relief: only noun.feeling {relief, alleviation, assuagement} + derivations alleviate, assuage;
        // not relievo (noun.artifact) nor substitute (noun.person)
        assertEquals(Set.of("relief", "alleviation", "assuagement", "alleviate", "assuage"), WN.words("relief"));
        // love: verb.contact {sleep together, ..., screw, bed, ...} is not an emotion sense
        Set<String> love = WN.words("love");
        assertTrue(love.containsAll(List.of("love", "lover", "lovable", "enjoy")));
        assertFalse(love.contains("screw") || love.contains("bed") || love.contains("honey"));
        // admiration: two noun.feeling senses {admiration, esteem}, {wonder, wonderment, admiration}; admire derived
        assertEquals(Set.of("admiration", "esteem", "wonder", "wonderment", "admire"), WN.words("admiration"));
    }

    @Test
    void wordNetFallbacksAndSingleWordsOnly() {
        // curiosity has no noun.feeling sense: noun.cognition {curiosity, wonder}, derivation curious;
        // the noun.artifact sense {curio, curiosity, oddity, ...} is left out
        assertEquals(Set.of("curiosity", "wonder", "curious"), WN.words("curiosity"));
        // anger's verb.emotion sense {anger, see red}: the two-word lemma is dropped
        assertFalse(WN.words("anger").contains("see red"));
        assertTrue(WN.words("anger").contains("angry"));
        // remorse {compunction, remorse, self-reproach}: the hyphenated lemma can never equal one token
        assertEquals(Set.of("compunction", "remorse"), WN.words("remorse"));
        for (Cue c : WN.cues()) assertTrue(Cue.isSingleWord(c.word()), c.toString());
    }

    @Test
    void empathCategoriesWithMatchingNamesOnly() throws Exception {
        Lexicon e = Lexicons.empath(res("empath_small.tsv"), List.of("anger", "joy", "love"));
        // "help" is not a category here; "see red" is two words
        assertEquals(Set.of("rage", "fury"), e.words("anger"));
        assertEquals(Set.of("happy", "glee"), e.words("joy"));
        assertEquals(Set.of(), e.words("love"));
        assertEquals(4, e.cues().size());
    }

    @Test
    void empathMalformedLineNamed() throws Exception {
        DataFileException ex = assertThrows(DataFileException.class, () -> Lexicons.empath(res("empath_bad.tsv"), List.of("anger", "fear")));
        assertTrue(ex.getMessage().contains("empath_bad.tsv:2"), ex.getMessage());
    }

    @Test
    void empathRealFileGivesTwelveCategories() {
        Assumptions.assumeTrue(System.getenv("EMOGAP_DATA_MIRROR") != null, "EMOGAP_DATA_MIRROR not set");
        Lexicon e = Lexicons.empath(GoEmotions.labels());
        long covered = GoEmotions.labels().stream().filter(c -> !e.words(c).isEmpty()).count();
        // data/empath/SOURCE.md: anger, confusion, disappointment, disgust, fear, joy, love, nervousness,
        // optimism, pride, sadness, surprise
        assertEquals(12, covered);
        assertTrue(e.words("pride").contains("proud"));
    }

    @Test
    void emoLexFlagsOfTheSixNamedLabels() throws Exception {
        Lexicon x = Lexicons.emoLex(res("emolex_small.txt"), GoEmotions.labels());
        // by hand: flag-1 rows abandon/fear, abandon/sadness, abhor/anger, abhor/disgust; trust has no category
        assertEquals(List.of(new Cue("anger", "abhor", Cue.EMOLEX), new Cue("disgust", "abhor", Cue.EMOLEX),
                new Cue("fear", "abandon", Cue.EMOLEX), new Cue("sadness", "abandon", Cue.EMOLEX)), x.cues());
        DataFileException ex = assertThrows(DataFileException.class, () -> Lexicons.emoLex(res("emolex_bad.txt"), GoEmotions.labels()));
        assertTrue(ex.getMessage().contains("emolex_bad.txt:2"), ex.getMessage());
    }

    @Test
    void standardAddsEmoLexOnlyWhenTheUserNamesAFile() throws Exception {
        Assumptions.assumeTrue(System.getenv("EMOGAP_DATA_MIRROR") != null, "EMOGAP_DATA_MIRROR not set");
        Assumptions.assumeTrue(System.getenv(Lexicons.EMOLEX_ENV) == null, "the user's EmoLex is set in the environment");
        Lexicon without = Lexicons.standard(GoEmotions.labels());
        assertTrue(without.cues().stream().noneMatch(c -> c.source().equals(Cue.EMOLEX)));
        System.setProperty("emogap.emolex", res("emolex_small.txt").toString());
        try {
            Lexicon with = Lexicons.standard(GoEmotions.labels());
            // the four flag-1 rows of the fixture on top of WordNet + Empath
            assertEquals(without.cues().size() + 4, with.cues().size());
            assertTrue(with.words("fear").contains("abandon"));
            System.setProperty("emogap.emolex", res("emolex_small.txt").resolveSibling("no-such-file.txt").toString());
            assertThrows(IllegalStateException.class, () -> Lexicons.standard(GoEmotions.labels()));
        } finally {
            System.clearProperty("emogap.emolex");
        }
    }

    @Test
    void tableListsEveryCueInCategoryThenSourceOrder() {
        Lexicon a = new Lexicon(List.of("joy", "anger"), List.of(new Cue("anger", "rage", Cue.EMPATH),
                new Cue("joy", "joy", Cue.WORDNET_SYNONYM), new Cue("joy", "glee", Cue.EMPATH), new Cue("joy", "joy", Cue.EMPATH),
                new Cue("joy", "glee", Cue.EMPATH)));
        var t = a.table();
        assertEquals(4, t.rowCount()); // the repeated (joy, glee, empath) once
        assertEquals(List.of("joy", "glee", "joy", "rage"), t.stringColumn("cue_word").asList());
        assertEquals(List.of("wordnet-synonym", "empath", "empath", "empath"), t.stringColumn("source").asList());
        assertEquals(List.of(2, 1), a.summary(5).intColumn("n_cue_words").asList());
        assertThrows(IllegalArgumentException.class, () -> new Cue("joy", "Joy", Cue.EMPATH));
    }
}
