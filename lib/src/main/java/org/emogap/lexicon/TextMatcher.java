package org.emogap.lexicon;

import java.util.Collection;
import java.util.Locale;

/** How a text is tested for the cues of a category: by tokens ({@link CueMatcher}) or, as the paper does, by substrings. */
public interface TextMatcher {
    /** Whether the text holds at least one of the cues. */
    boolean matches(String text, Collection<String> cues);

    /** The rule's name in tables: "token" or "substring". */
    String rule();

    /**
     * The paper's rule (its {@code compute_lexicon_coverage}): a cue matches when it occurs anywhere
     * in the lower-cased text, so "mad" matches "made" and "thank you" matches as typed. Lower-casing
     * is Java's {@code Locale.ROOT} rule, which agrees with Python's {@code str.lower} on every
     * character of the GoEmotions texts except a handful of special cases (e.g. U+0130).
     */
    static TextMatcher substring() {
        return new TextMatcher() {
            @Override public boolean matches(String text, Collection<String> cues) {
                String t = text.toLowerCase(Locale.ROOT);
                for (String c : cues) if (t.contains(c.toLowerCase(Locale.ROOT))) return true;
                return false;
            }

            @Override public String rule() {
                return "substring";
            }
        };
    }
}
