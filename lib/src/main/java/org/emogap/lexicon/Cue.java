package org.emogap.lexicon;

import java.util.List;
import java.util.Objects;

/**
 * One cue of one category and where it came from. A cue is a word or a phrase ("thank you",
 * "self-conscious"): its {@link #tokens} are what {@link CueMatcher#tokens} makes of it, and the
 * token matcher looks for them as a sequence.
 *
 * @param category a GoEmotions category name
 * @param word     the cue, lower-case, with at least one token
 * @param source   one of {@link #SOURCES}: the rule that put it there
 */
public record Cue(String category, String word, String source) {
    public static final String WORDNET_SYNONYM = "wordnet-synonym";
    public static final String WORDNET_DERIVATION = "wordnet-derivation";
    public static final String WORDNET_GLOSS = "wordnet-gloss";
    public static final String WORDNET_SIMILAR = "wordnet-similar";
    public static final String EMPATH = "empath";
    public static final String EMOLEX = "emolex";
    public static final String PAPER = "paper";
    /** Sources in the order the lexicon table lists them. */
    public static final List<String> SOURCES = List.of(WORDNET_SYNONYM, WORDNET_DERIVATION, WORDNET_GLOSS, WORDNET_SIMILAR,
            EMPATH, EMOLEX, PAPER);

    public Cue {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(word, "word");
        if (!SOURCES.contains(source)) throw new IllegalArgumentException("cue source '" + source + "', expected one of " + SOURCES);
        if (!isCue(word)) throw new IllegalArgumentException("cue '" + word + "' of " + category + " is not lower-case or has no word in it");
    }

    /** True for a lower-case cue with at least one token. */
    public static boolean isCue(String w) {
        return w.equals(w.toLowerCase(java.util.Locale.ROOT)) && !CueMatcher.tokens(w).isEmpty();
    }

    /** The cue's tokens, e.g. [thank, you]. */
    public List<String> tokens() {
        return CueMatcher.tokens(word);
    }
}
