package org.emogap.lexicon;

import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;
import org.emogap.data.Fetch;
import org.emogap.data.WordNet;
import org.emogap.io.DataFileException;
import org.emogap.io.TextLines;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The emotion lexicons of the transparency score, each built by a fixed, documented rule.
 *
 * <p><b>WordNet 3.1</b> ({@link #wordNet}), per category name c:
 * <ol>
 *   <li>Seed senses: the senses of the lemma c filed under an emotion lexicographer file,
 *       {@code noun.feeling} or {@code verb.emotion}. A name with none (curiosity, realization) takes
 *       its senses under {@code noun.cognition} and {@code noun.state}; a name with none of those
 *       either (neutral) takes its adjective senses (WordNet files every adjective under
 *       {@code adj.all}, so there is nothing to filter on).</li>
 *   <li>{@code wordnet-synonym}: every lemma of every seed sense (c itself included).</li>
 *   <li>{@code wordnet-derivation}: the targets of the {@code DERIVATION} pointers of those lemmas
 *       within the seed senses, and of c in any of its senses and parts of speech (so "annoy" for
 *       annoyance, whose only derivation sits on its noun.act sense).</li>
 *   <li>Only single words are kept (letters and inner apostrophes: "see red" and "self-reproach"
 *       can never equal one token), lower-cased.</li>
 * </ol>
 * Other senses are left out because they bring words unrelated to the emotion ("relievo" for relief,
 * the verb.contact sense of love, "curio" for curiosity). Hypernyms, hyponyms, antonyms and
 * attribute pointers are not followed (anger's hyponyms include annoyance; attributes bring
 * "fearless").
 *
 * <p><b>Empath</b> ({@link #empath}): the words of the Empath category whose name equals a category
 * name (12 of 27 emotions); the hand-mapped proxies of {@code data/README} are not used.
 *
 * <p><b>NRC EmoLex</b> ({@link #emoLex}): a user-supplied word-level file ({@code word<TAB>label<TAB>0|1});
 * a word joins the category its label names when the flag is 1. Six of its ten labels name GoEmotions
 * categories: anger, disgust, fear, joy, sadness, surprise; anticipation, trust, positive and
 * negative have no counterpart and are skipped. Never downloaded by the project (its licence does
 * not allow redistribution).
 */
public final class Lexicons {
    /** EmoLex labels that name a GoEmotions category. */
    public static final List<String> EMOLEX_LABELS = List.of("anger", "disgust", "fear", "joy", "sadness", "surprise");
    /** Environment variable (or system property {@code emogap.emolex}) naming a user's EmoLex file. */
    public static final String EMOLEX_ENV = "EMOGAP_EMOLEX";

    private static final List<String> EMOTION_FILES = List.of("noun.feeling", "verb.emotion");
    private static final List<String> FALLBACK_FILES = List.of("noun.cognition", "noun.state");

    private Lexicons() {}

    /** The WordNet lexicon of the categories by the rule above, from the extJWNL WordNet 3.1 data jar. */
    public static Lexicon wordNet(List<String> categories) {
        Dictionary dict = WordNet.dictionary();
        List<Cue> cues = new ArrayList<>();
        try {
            for (String c : categories) {
                List<Synset> seeds = seedSenses(dict, c);
                for (Synset s : seeds) {
                    for (Word w : s.getWords()) {
                        add(cues, c, w.getLemma(), Cue.WORDNET_SYNONYM);
                        derivations(cues, c, w);
                    }
                }
                for (POS pos : POS.getAllPOS()) {
                    IndexWord iw = dict.getIndexWord(pos, c);
                    if (iw == null) continue;
                    for (Synset s : iw.getSenses()) {
                        for (Word w : s.getWords()) if (w.getLemma().equalsIgnoreCase(c)) derivations(cues, c, w);
                    }
                }
            }
        } catch (JWNLException e) {
            throw new IllegalStateException("WordNet lookup failed: " + e.getMessage(), e);
        }
        return new Lexicon(categories, cues);
    }

    /** The seed senses of a category name (rule 1), in WordNet's sense order, nouns before verbs. */
    public static List<Synset> seedSenses(Dictionary dict, String name) throws JWNLException {
        List<Synset> seeds = senses(dict, name, EMOTION_FILES);
        if (seeds.isEmpty()) seeds = senses(dict, name, FALLBACK_FILES);
        if (seeds.isEmpty()) {
            IndexWord adj = dict.getIndexWord(POS.ADJECTIVE, name);
            if (adj != null) seeds = new ArrayList<>(adj.getSenses());
        }
        return seeds;
    }

    private static List<Synset> senses(Dictionary dict, String name, List<String> files) throws JWNLException {
        List<Synset> out = new ArrayList<>();
        for (POS pos : List.of(POS.NOUN, POS.VERB)) {
            IndexWord iw = dict.getIndexWord(pos, name);
            if (iw == null) continue;
            for (Synset s : iw.getSenses()) if (files.contains(s.getLexFileName())) out.add(s);
        }
        return out;
    }

    private static void derivations(List<Cue> cues, String category, Word w) throws JWNLException {
        for (Pointer p : w.getPointers()) {
            if (p.getType() == PointerType.DERIVATION && p.getTarget() instanceof Word t) add(cues, category, t.getLemma(), Cue.WORDNET_DERIVATION);
        }
    }

    private static void add(List<Cue> cues, String category, String lemma, String source) {
        String w = lemma.toLowerCase(Locale.ROOT);
        if (Cue.isSingleWord(w)) cues.add(new Cue(category, w, source));
    }

    /** The Empath lexicon of the manifest ({@code empath_categories}, fetched or taken from the mirror). */
    public static Lexicon empath(List<String> categories) {
        return empath(Fetch.fetch("empath_categories"), categories);
    }

    /**
     * Empath categories whose name equals a category name: no header, one category per line, its name
     * then its words, tab-separated. Words that are not single words (none in the 2017 file) are skipped.
     */
    public static Lexicon empath(Path file, List<String> categories) {
        List<Cue> cues = new ArrayList<>();
        TextLines.forEach(file, (line, s) -> {
            if (s.isBlank()) return;
            String[] f = s.split("\t");
            if (f.length < 2) throw new DataFileException(file, line, "a category line needs a name and at least one word");
            String name = f[0].trim();
            if (!categories.contains(name)) return;
            for (int i = 1; i < f.length; i++) add(cues, name, f[i].trim(), Cue.EMPATH);
        });
        return new Lexicon(categories, cues);
    }

    /**
     * NRC EmoLex word-level file: {@code word<TAB>label<TAB>0|1} per line (CRLF tolerated, blank
     * lines skipped). Rows of the six labels in {@link #EMOLEX_LABELS} with flag 1 become cues of the
     * category of the same name, when that category is among {@code categories}.
     */
    public static Lexicon emoLex(Path file, List<String> categories) {
        List<Cue> cues = new ArrayList<>();
        TextLines.forEach(file, (line, raw) -> {
            String s = raw.strip();
            if (s.isEmpty()) return;
            String[] f = s.split("\t");
            if (f.length != 3) throw new DataFileException(file, line, "expected word<TAB>label<TAB>0|1, got " + f.length + " fields");
            if (!f[2].equals("0") && !f[2].equals("1")) throw new DataFileException(file, line, "flag '" + f[2] + "', expected 0 or 1");
            String label = f[1].trim().toLowerCase(Locale.ROOT);
            if (f[2].equals("1") && EMOLEX_LABELS.contains(label) && categories.contains(label)) add(cues, label, f[0].trim(), Cue.EMOLEX);
        });
        return new Lexicon(categories, cues);
    }

    /** The user's EmoLex file named by {@code EMOGAP_EMOLEX}, or null when none is set (nothing is downloaded). */
    public static Path emoLexFile() {
        String v = org.emogap.Project.setting(EMOLEX_ENV, null);
        if (v == null) return null;
        Path p = Path.of(v);
        if (!Files.isRegularFile(p)) throw new IllegalStateException(EMOLEX_ENV + " names " + p + ", which is not a readable file");
        return p;
    }

    /** WordNet + Empath, plus EmoLex when {@code EMOGAP_EMOLEX} names a file. */
    public static Lexicon standard(List<String> categories) {
        Lexicon lex = wordNet(categories).plus(empath(categories));
        Path emo = emoLexFile();
        return emo == null ? lex : lex.plus(emoLex(emo, categories));
    }

    /** Distinct cue words per category, for matching. */
    public static Map<String, Set<String>> wordsByCategory(Lexicon lex) {
        Map<String, Set<String>> m = new java.util.LinkedHashMap<>();
        for (String c : lex.categories()) m.put(c, lex.words(c));
        return m;
    }
}
