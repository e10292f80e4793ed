package org.emogap.lexicon;

import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.dictionary.Dictionary;
import net.sf.extjwnl.dictionary.MorphologicalProcessor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.emogap.data.WordNet;

/**
 * Token (lemma) matching of cue words. A text is lower-cased and split on everything that is not a
 * letter, an apostrophe inside a word is kept ("don't" stays one token). A token matches a cue word
 * when it equals it, or when one of its WordNet base forms (extJWNL's morphological processor, every
 * part of speech) equals it: "disappointed" matches "disappoint", never "appoint", which a substring
 * test would. A phrase cue ("thank you") matches as a sequence of such tokens.
 */
public final class CueMatcher implements TextMatcher {
    private final MorphologicalProcessor morph;
    // the same few thousand tokens recur across categories and texts: look each up once
    private final Map<String, Set<String>> baseForms = new ConcurrentHashMap<>();

    public CueMatcher(Dictionary dictionary) {
        this.morph = dictionary.getMorphologicalProcessor();
    }

    /** A matcher over the WordNet 3.1 data jar. */
    public static CueMatcher wordNet() {
        return new CueMatcher(WordNet.dictionary());
    }

    /** Lower-case tokens of a text: runs of letters, apostrophes kept only between letters ('’' counts as one). */
    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        String s = text.toLowerCase(Locale.ROOT);
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i <= s.length(); i++) {
            char ch = i < s.length() ? s.charAt(i) : ' ';
            if (Character.isLetter(ch)) {
                cur.append(ch);
            } else if ((ch == '\'' || ch == '\u2019') && cur.length() > 0 && i + 1 < s.length() && Character.isLetter(s.charAt(i + 1))) {
                cur.append('\'');
            } else if (cur.length() > 0) {
                out.add(cur.toString());
                cur.setLength(0);
            }
        }
        return out;
    }

    /** The token itself and its WordNet base forms over all parts of speech, sorted. */
    public Set<String> forms(String token) {
        return baseForms.computeIfAbsent(token, this::lookUp);
    }

    private Set<String> lookUp(String token) {
        Set<String> out = new TreeSet<>();
        out.add(token);
        try {
            for (POS pos : POS.getAllPOS()) {
                for (String b : morph.lookupAllBaseForms(pos, token)) out.add(b.toLowerCase(Locale.ROOT));
            }
        } catch (JWNLException e) {
            throw new IllegalStateException("WordNet base-form lookup failed for '" + token + "': " + e.getMessage(), e);
        }
        return Set.copyOf(out);
    }

    /**
     * The first cue the text contains, or null. A one-word cue matches a token equal to it or having
     * it as a base form; a phrase matches a run of consecutive tokens, each matching its word so.
     */
    public String firstMatch(String text, Collection<String> cues) {
        List<String> toks = tokens(text);
        List<String[]> phrases = new ArrayList<>();
        for (String c : cues) {
            List<String> ct = tokens(c);
            if (ct.size() > 1) phrases.add(ct.toArray(String[]::new));
        }
        for (int i = 0; i < toks.size(); i++) {
            String t = toks.get(i);
            if (cues.contains(t)) return t;
            for (String b : forms(t)) if (cues.contains(b)) return b;
            for (String[] ph : phrases) {
                if (i + ph.length > toks.size()) continue;
                boolean all = true;
                for (int j = 0; j < ph.length && all; j++) all = tokenMatches(toks.get(i + j), ph[j]);
                if (all) return String.join(" ", ph);
            }
        }
        return null;
    }

    private boolean tokenMatches(String token, String word) {
        return token.equals(word) || forms(token).contains(word);
    }

    /** Whether the text contains at least one cue. */
    @Override public boolean matches(String text, Collection<String> cues) {
        return firstMatch(text, cues) != null;
    }

    /** "token": tokens and their base forms, phrases as token sequences. */
    @Override public String rule() {
        return "token";
    }

    /** Distinct tokens looked up so far. */
    public int cachedTokens() {
        return baseForms.size();
    }
}
