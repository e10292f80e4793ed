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
        // WordNet 3.1 "annoyance": noun.feeling sense {annoyance, chafe, vexation}; its DERIVATION pointer
        // annoyance -> annoy (verb) sits on the noun.act sense, whose own lemmas are not taken
        assertTrue(WN.words("annoyance").containsAll(Set.of("annoy", "annoyance", "chafe", "vexation")));
        assertFalse(WN.words("annoyance").contains("annoying"));
        assertTrue(WN.cues().contains(new Cue("annoyance", "annoy", Cue.WORDNET_DERIVATION)));
        assertTrue(WN.cues().contains(new Cue("annoyance", "chafe", Cue.WORDNET_SYNONYM)));
    }

    @Test
    void wordNetFirstSenseOnlyKeepsOtherFeelingsOut() {
        // relief: noun.feeling {relief, alleviation, assuagement} + derivations alleviate, assuage;
        // not relievo (noun.artifact), and no gloss of the form "feeling or showing relief"
        assertEquals(Set.of("relief", "alleviation", "assuagement", "alleviate", "assuage"), WN.words("relief"));
        // love: verb.contact {sleep together, ..., screw, bed, ...} is not an emotion sense
        Set<String> love = WN.words("love");
        assertTrue(love.containsAll(List.of("love", "lover", "lovable", "loving")));
        assertFalse(love.contains("screw") || love.contains("bed") || love.contains("honey"));
        // fear's later senses are {concern, care, fear} and {fear, reverence, awe, veneration}: left out
        Set<String> fear = WN.words("fear");
        assertTrue(fear.containsAll(List.of("fear", "fright", "afraid", "fearful", "scared", "terrified")));
        for (String noise : List.of("awe", "care", "revere", "reverence", "veneration")) assertFalse(fear.contains(noise), noise);
        // admiration: the first noun.feeling sense {admiration, esteem}, not the second {wonder, wonderment, admiration}
        assertTrue(WN.words("admiration").containsAll(Set.of("admiration", "esteem", "admire")));
        assertFalse(WN.words("admiration").contains("wonderment"));
        // neutral (adjective fallback, first sense {impersonal, neutral}): not achromatic, electroneutral
        assertFalse(WN.words("neutral").contains("achromatic") || WN.words("neutral").contains("electroneutral"));
    }

    @Test
    void glossAndPhraseRulesGiveGratitudeItsObviousCues() {
        // "feeling or showing gratitude" {grateful, thankful}; "express gratitude or show appreciation to"
        // {thank, give thanks}; "a conversational expression of gratitude" {thank you}
        Set<String> g = WN.words("gratitude");
        assertTrue(g.containsAll(List.of("gratitude", "grateful", "thankful", "thank", "thank you", "give thanks")), g.toString());
        assertTrue(WN.cues().contains(new Cue("gratitude", "thank you", Cue.WORDNET_GLOSS)));
        // "not feeling or showing gratitude" {ungrateful, thankless, unthankful} is a negation: left out
        assertFalse(g.contains("ungrateful") || g.contains("thankless"));
        // and they match the texts: "thanks" by its base form thank, "thank you" as a phrase
        CueMatcher m = CueMatcher.wordNet();
        assertEquals("thank", m.firstMatch("Thanks a lot!", g));
        assertEquals("thank you", m.firstMatch("thank you so much", Set.of("thank you")));
        assertNull(m.firstMatch("thank all of you", Set.of("thank you")));
        // approval and disapproval get their verbs from the glosses ("express approval of")
        assertTrue(WN.words("approval").containsAll(List.of("approve", "praise", "applaud")));
        assertTrue(WN.words("disapproval").containsAll(List.of("disapprove", "condemn", "deplore")));
        // remorse keeps its hyphenated lemma as a phrase and gains its verbs
        assertTrue(WN.words("remorse").containsAll(List.of("compunction", "remorse", "self-reproach", "regret", "repent")));
        for (Cue c : WN.cues()) assertTrue(Cue.isCue(c.word()), c.toString());
    }

    @Test
    void crossCategoryNoiseIsDropped() {
        // Empath's sadness list holds "anger" and "fear", names of other categories; "joy"'s seed
        // synonym "joyfulness" would be noise in another category but stays in joy
        Lexicon lex = new Lexicon(List.of("sadness", "anger", "joy"), List.of(new Cue("sadness", "anger", Cue.EMPATH),
                new Cue("sadness", "gloom", Cue.EMPATH), new Cue("sadness", "joyfulness", Cue.EMPATH), new Cue("joy", "joyfulness", Cue.WORDNET_SYNONYM)));
        Lexicon clean = Lexicons.withoutCrossCategoryNoise(lex, java.util.Map.of("sadness", Set.of("sadness"), "anger", Set.of("anger"),
                "joy", Set.of("joy", "joyfulness")));
        assertEquals(Set.of("gloom"), clean.words("sadness"));
        assertEquals(Set.of("joyfulness"), clean.words("joy"));
    }

    @Test
    void empathCategoriesWithMatchingNamesOnly() throws Exception {
        Lexicon e = Lexicons.empath(res("empath_small.tsv"), List.of("anger", "joy", "love"));
        // "help" is not a category here; "see red" is kept as a phrase
        assertEquals(Set.of("rage", "fury", "see red"), e.words("anger"));
        assertEquals(Set.of("happy", "glee"), e.words("joy"));
        assertEquals(Set.of(), e.words("love"));
        assertEquals(5, e.cues().size());
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
