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
 * <p><b>WordNet 3.1</b> ({@link #wordNet}), per category name c; each cue's {@code source} names its rule:
 * <ol>
 *   <li>Seed senses: the <em>first</em> sense of the lemma c, per part of speech, among those filed
 *       under an emotion lexicographer file, {@code noun.feeling} or {@code verb.emotion} (WordNet
 *       orders senses by frequency; later senses bring other feelings: fear's third noun sense is
 *       "reverence, awe, veneration"). A name with none (curiosity, realization) takes its first
 *       senses under {@code noun.cognition} and {@code noun.state}; a name with none of those either
 *       (neutral) its first adjective sense.</li>
 *   <li>{@code wordnet-synonym}: every lemma of every seed sense (c itself included).</li>
 *   <li>{@code wordnet-derivation}: the targets of the {@code DERIVATION} pointers of those lemmas
 *       within the seed senses, of c in any of its senses and parts of speech (so "annoy" for
 *       annoyance, whose only derivation sits on its noun.act sense), and of the gloss cues below.</li>
 *   <li>{@code wordnet-gloss}: the lemmas of every adjective, verb or noun sense whose definition
 *       says it expresses the feeling: it begins (after at most an article and one word that is not
 *       a negation) with feeling, showing, expressing, expressive, experiencing, manifesting, filled
 *       with, full of, expression or display, or the verbs feel, show, express, display, and names c
 *       or a seed synonym as a word later on, with no negation (no, not, without, lacking, absence, never,
 *       little) before it ("feeling or showing gratitude": grateful, thankful;
 *       "express gratitude or show appreciation to": thank, give thanks; "a conversational
 *       expression of gratitude": thank you).</li>
 *   <li>{@code wordnet-similar}: for adjective senses among the above, the lemmas of their
 *       "similar to" and "also see" senses.</li>
 *   <li>Phrases are kept ("thank you", "give thanks"; matched as token sequences), lower-cased.</li>
 * </ol>
 * Hypernyms, hyponyms, antonyms and attribute pointers are not followed (anger's hyponyms include
 * annoyance; attributes bring "fearless").
 *
 * <p><b>Cross-category noise</b> ({@link #standard}): after all sources are joined, a cue of one
 * category that is the name of another category, or a seed synonym of another category and not of
 * its own, is dropped (Empath's sadness list holds "anger" and "fear").
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

    /** The WordNet lexicon of the categories by the rules above, from the extJWNL WordNet 3.1 data jar. */
    public static Lexicon wordNet(List<String> categories) {
        Dictionary dict = WordNet.dictionary();
        List<Cue> cues = new ArrayList<>();
        try {
            Map<String, Set<String>> seeds = seedSynonyms(dict, categories);
            for (String c : categories) {
                for (Synset s : seedSenses(dict, c)) {
                    for (Word w : s.getWords()) {
                        add(cues, c, w.getLemma(), Cue.WORDNET_SYNONYM);
                        derivations(cues, c, w);
                    }
                    similar(cues, c, s);
                }
                for (POS pos : POS.getAllPOS()) {
                    IndexWord iw = dict.getIndexWord(pos, c);
                    if (iw == null) continue;
                    for (Synset s : iw.getSenses()) {
                        for (Word w : s.getWords()) if (w.getLemma().equalsIgnoreCase(c)) derivations(cues, c, w);
                    }
                }
            }
            // the definition is matched once per synset, each category's terms tokenised once
            Map<String, List<List<String>>> terms = new java.util.HashMap<>();
            for (String c : categories) terms.put(c, tokenized(seeds.get(c)));
            for (POS pos : List.of(POS.ADJECTIVE, POS.VERB, POS.NOUN)) {
                for (var it = dict.getSynsetIterator(pos); it.hasNext(); ) {
                    Synset s = it.next();
                    List<String> rest = expressionTail(definition(s));
                    if (rest == null) continue;
                    for (String c : categories) {
                        if (!namesTerm(rest, terms.get(c))) continue;
                        for (Word w : s.getWords()) {
                            add(cues, c, w.getLemma(), Cue.WORDNET_GLOSS);
                            derivations(cues, c, w);
                        }
                        similar(cues, c, s);
                    }
                }
            }
        } catch (JWNLException e) {
            throw new IllegalStateException("WordNet lookup failed: " + e.getMessage(), e);
        }
        return new Lexicon(categories, cues);
    }

    private static final java.util.regex.Pattern EXPRESSES = java.util.regex.Pattern.compile(
            "^(?:(?:an?|the) )?(?:(?!not |no |without |lacking )[a-z]+ )?"
                    + "(?:feeling|showing|expressing|expressive|experiencing|manifesting|filled with|full of|expression|display"
                    + "|feel|show|express)\\b(.*)$");

    private static final Set<String> NEGATIONS = Set.of("no", "not", "without", "lacking", "lack", "never", "little", "absence");

    /** The definition of a sense: its gloss up to the first semicolon (examples follow it), lower-cased. */
    static String definition(Synset s) {
        String g = s.getGloss();
        int semi = g.indexOf(';');
        return (semi < 0 ? g : g.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
    }

    /** Rule 4: the definition opens as an expression of a feeling and names one of the terms as a word after that. */
    static boolean expresses(String definition, Set<String> terms) {
        List<String> rest = expressionTail(definition);
        return rest != null && namesTerm(rest, tokenized(terms));
    }

    /** The tokens after a definition's opening "feeling / showing / expressing …", or null when it does not open so. */
    static List<String> expressionTail(String definition) {
        java.util.regex.Matcher m = EXPRESSES.matcher(definition);
        return m.matches() ? CueMatcher.tokens(m.group(1)) : null;
    }

    /** Whether one of the (tokenised) terms occurs in {@code rest} before any negation ("showing no curiosity"). */
    static boolean namesTerm(List<String> rest, List<List<String>> terms) {
        for (int i = 0; i < rest.size(); i++) {
            if (NEGATIONS.contains(rest.get(i))) return false;
            for (List<String> tt : terms) {
                if (i + tt.size() <= rest.size() && rest.subList(i, i + tt.size()).equals(tt)) return true;
            }
        }
        return false;
    }

    private static List<List<String>> tokenized(Set<String> terms) {
        return terms.stream().map(CueMatcher::tokens).toList();
    }

    /** Per category, the lemmas of its seed senses (c included): what rule 4 looks for and the noise filter protects. */
    public static Map<String, Set<String>> seedSynonyms(Dictionary dict, List<String> categories) throws JWNLException {
        Map<String, Set<String>> out = new java.util.LinkedHashMap<>();
        for (String c : categories) {
            Set<String> words = new java.util.TreeSet<>();
            words.add(c);
            for (Synset s : seedSenses(dict, c)) for (Word w : s.getWords()) words.add(w.getLemma().toLowerCase(Locale.ROOT));
            out.put(c, words);
        }
        return out;
    }

    private static void similar(List<Cue> cues, String category, Synset s) throws JWNLException {
        if (s.getPOS() != POS.ADJECTIVE) return;
        for (Pointer p : s.getPointers()) {
            if (p.getType() != PointerType.SIMILAR_TO && p.getType() != PointerType.SEE_ALSO) continue;
            Synset t = p.getTargetSynset();
            if (t != null) for (Word w : t.getWords()) add(cues, category, w.getLemma(), Cue.WORDNET_SIMILAR);
        }
    }

    /** The seed senses of a category name (rule 1), nouns before verbs. */
    public static List<Synset> seedSenses(Dictionary dict, String name) throws JWNLException {
        List<Synset> seeds = senses(dict, name, EMOTION_FILES);
        if (seeds.isEmpty()) seeds = senses(dict, name, FALLBACK_FILES);
        if (seeds.isEmpty()) {
            IndexWord adj = dict.getIndexWord(POS.ADJECTIVE, name);
            if (adj != null && !adj.getSenses().isEmpty()) seeds = new ArrayList<>(List.of(adj.getSenses().get(0)));
        }
        return seeds;
    }

    private static List<Synset> senses(Dictionary dict, String name, List<String> files) throws JWNLException {
        List<Synset> out = new ArrayList<>();
        for (POS pos : List.of(POS.NOUN, POS.VERB)) {
            IndexWord iw = dict.getIndexWord(pos, name);
            if (iw == null) continue;
            for (Synset s : iw.getSenses()) {
                if (files.contains(s.getLexFileName())) {
                    out.add(s); // the first such sense only
                    break;
                }
            }
        }
        return out;
    }

    private static void derivations(List<Cue> cues, String category, Word w) throws JWNLException {
        for (Pointer p : w.getPointers()) {
            if (p.getType() == PointerType.DERIVATION && p.getTarget() instanceof Word t) add(cues, category, t.getLemma(), Cue.WORDNET_DERIVATION);
        }
    }

    private static void add(List<Cue> cues, String category, String lemma, String source) {
        String w = lemma.toLowerCase(Locale.ROOT).trim();
        if (Cue.isCue(w)) cues.add(new Cue(category, w, source));
    }

    /** The Empath lexicon of the manifest ({@code empath_categories}, fetched or taken from the mirror). */
    public static Lexicon empath(List<String> categories) {
        return empath(Fetch.fetch("empath_categories"), categories);
    }

    /**
     * Empath categories whose name equals a category name: no header, one category per line, its name
     * then its words, tab-separated. A phrase is kept and matched as a token sequence.
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

    /** WordNet + Empath, plus EmoLex when {@code EMOGAP_EMOLEX} names a file, without cross-category noise. */
    public static Lexicon standard(List<String> categories) {
        Lexicon lex = wordNet(categories).plus(empath(categories));
        Path emo = emoLexFile();
        if (emo != null) lex = lex.plus(emoLex(emo, categories));
        try {
            return withoutCrossCategoryNoise(lex, seedSynonyms(WordNet.dictionary(), categories));
        } catch (JWNLException e) {
            throw new IllegalStateException("WordNet lookup failed: " + e.getMessage(), e);
        }
    }

    /**
     * Drops every cue of a category that is another category's name, or another category's seed
     * synonym without being one of its own.
     */
    public static Lexicon withoutCrossCategoryNoise(Lexicon lex, Map<String, Set<String>> seedSynonyms) {
        List<Cue> kept = new ArrayList<>();
        for (Cue q : lex.cues()) {
            boolean noise = false;
            for (String other : lex.categories()) {
                if (other.equals(q.category())) continue;
                Set<String> own = seedSynonyms.getOrDefault(q.category(), Set.of());
                if (q.word().equals(other) || (seedSynonyms.getOrDefault(other, Set.of()).contains(q.word()) && !own.contains(q.word()))) noise = true;
            }
            if (!noise) kept.add(q);
        }
        return new Lexicon(lex.categories(), kept);
    }

    /** Distinct cue words per category, for matching. */
    public static Map<String, Set<String>> wordsByCategory(Lexicon lex) {
        Map<String, Set<String>> m = new java.util.LinkedHashMap<>();
        for (String c : lex.categories()) m.put(c, lex.words(c));
        return m;
    }
}
