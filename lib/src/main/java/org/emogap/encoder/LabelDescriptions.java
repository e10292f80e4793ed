package org.emogap.encoder;

import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.dictionary.Dictionary;
import org.emogap.data.WordNet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a zero-shot encoder compares a text with: for each label, the label word and a short gloss
 * from WordNet 3.1 (the extJWNL data jar, so nothing is downloaded), as "admiration: a feeling of
 * delighted approval and liking".
 *
 * <p>The sense is picked by a fixed rule, not by hand and not by looking at results: the first noun
 * sense filed under {@code noun.feeling}; else the first under {@code noun.cognition}, then
 * {@code noun.state}; else the first adjective sense; else the first noun sense. Example sentences
 * (the quoted parts after "; ") are cut off. For the 28 GoEmotions labels this gives 25 feelings,
 * "curiosity" and "realization" from cognition, and "neutral" from its adjective sense.
 */
public final class LabelDescriptions {
    private static final String[] NOUN_FILES = {"noun.feeling", "noun.cognition", "noun.state"};

    private LabelDescriptions() {}

    /** One label's description, with where it came from. */
    public record Description(String label, String gloss, String source) {
        /** The text that gets embedded. */
        public String text() {
            return gloss.isEmpty() ? label : label + ": " + gloss;
        }
    }

    /** Descriptions already looked up, per label list: opening WordNet costs a quarter second per call. */
    private static final Map<List<String>, List<Description>> MEMO = new ConcurrentHashMap<>();

    /** WordNet descriptions of the labels, in their order; a label WordNet lacks gets its bare word. */
    public static List<Description> wordNet(List<String> labels) {
        return MEMO.computeIfAbsent(List.copyOf(labels), LabelDescriptions::lookUp);
    }

    private static List<Description> lookUp(List<String> labels) {
        Dictionary dict = WordNet.dictionary();
        List<Description> out = new ArrayList<>(labels.size());
        try {
            for (String label : labels) out.add(describe(dict, label));
        } catch (JWNLException e) {
            throw new IllegalStateException("WordNet 3.1 lookup failed: " + e.getMessage(), e);
        }
        return List.copyOf(out);
    }

    /** The texts to embed, in label order. */
    public static List<String> texts(List<Description> descriptions) {
        return descriptions.stream().map(Description::text).toList();
    }

    private static Description describe(Dictionary dict, String label) throws JWNLException {
        IndexWord noun = dict.getIndexWord(POS.NOUN, label);
        if (noun != null) {
            for (String file : NOUN_FILES) {
                for (Synset s : noun.getSenses()) {
                    if (s.getLexFileName().equals(file)) return new Description(label, gloss(s), "wn31 " + file);
                }
            }
        }
        IndexWord adj = dict.getIndexWord(POS.ADJECTIVE, label);
        if (adj != null && !adj.getSenses().isEmpty()) return new Description(label, gloss(adj.getSenses().get(0)), "wn31 adj 1");
        if (noun != null && !noun.getSenses().isEmpty()) return new Description(label, gloss(noun.getSenses().get(0)), "wn31 noun 1");
        return new Description(label, "", "label word only");
    }

    private static String gloss(Synset s) {
        String g = s.getGloss();
        int ex = g.indexOf("; \"");
        return (ex >= 0 ? g.substring(0, ex) : g).trim();
    }
}
