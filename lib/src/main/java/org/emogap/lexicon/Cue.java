package org.emogap.lexicon;

import java.util.List;
import java.util.Objects;

/**
 * One cue word of one category and where it came from.
 *
 * @param category a GoEmotions category name
 * @param word     lower-case letters and inner apostrophes only (what {@link CueMatcher#tokens} can yield)
 * @param source   one of {@link #SOURCES}
 */
public record Cue(String category, String word, String source) {
    public static final String WORDNET_SYNONYM = "wordnet-synonym";
    public static final String WORDNET_DERIVATION = "wordnet-derivation";
    public static final String EMPATH = "empath";
    public static final String EMOLEX = "emolex";
    /** Sources in the order the lexicon table lists them. */
    public static final List<String> SOURCES = List.of(WORDNET_SYNONYM, WORDNET_DERIVATION, EMPATH, EMOLEX);

    public Cue {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(word, "word");
        if (!SOURCES.contains(source)) throw new IllegalArgumentException("cue source '" + source + "', expected one of " + SOURCES);
        if (!isSingleWord(word)) throw new IllegalArgumentException("cue word '" + word + "' of " + category + " is not a single lower-case word");
    }

    /** True for a word the tokenizer can produce whole: lower-case letters, apostrophes only inside. */
    public static boolean isSingleWord(String w) {
        if (w.isEmpty() || w.charAt(0) == '\'' || w.charAt(w.length() - 1) == '\'') return false;
        for (int i = 0; i < w.length(); i++) {
            char ch = w.charAt(i);
            if (ch != '\'' && !(Character.isLetter(ch) && Character.isLowerCase(ch))) return false;
        }
        return true;
    }
}
