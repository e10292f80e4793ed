package org.emogap.lexicon;

import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.dictionary.MorphologicalProcessor;
import org.emogap.data.Fetch;
import org.emogap.data.WordNet;
import org.emogap.encoder.Annotators;
import org.emogap.encoder.TextItem;
import org.emogap.io.CsvReader;
import org.emogap.io.DataFileException;
import org.emogap.judgment.Judgment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.TreeMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Warriner, Kuperman & Brysbaert (2013) norms: valence, arousal and dominance of 13,915 English
 * lemmas, each the mean of about 20 ratings on a 1–9 scale. A text's lexicon VAD is the mean over
 * its tokens ({@link CueMatcher#tokens}, the project's one tokenizer) found in the norms (directly, or through a WordNet base form: "loved" → "love"),
 * rescaled linearly from 1–9 to EmoBank's 1–5 (x ↦ 1 + (x − 1)/2). A text with no matched token gets
 * the scale midpoint 3 and says so (matched = 0). The file's 10 capitalised duplicates of a lemma
 * ("AIDS" next to "aids") give way to the lower-case entry, so 13,905 lemmas remain.
 *
 * <p>Licence CC BY-NC-ND 3.0: the file is read where the data setup put it and never committed.
 */
public final class WarrinerLexicon {
    private static final POS[] LEMMA_POS = {POS.NOUN, POS.VERB, POS.ADJECTIVE, POS.ADVERB};

    private final Map<String, double[]> norms;
    private final Map<String, String> lemmaMemo = new HashMap<>();
    private MorphologicalProcessor morph;

    private WarrinerLexicon(Map<String, double[]> norms) {
        this.norms = norms;
    }

    /** One text's lexicon judgment: V, A, D on 1–5 and how many tokens of how many were in the norms. */
    public record Score(double[] vad, int matched, int tokens) {
        public Score {
            vad = vad.clone();
        }

        @Override public double[] vad() {
            return vad.clone();
        }
    }

    /** The norms file, through the project's fetcher (data/raw, else the mirror, else the canonical URL; sha256 checked). */
    public static Path defaultFile() {
        return Fetch.fetch("warriner2013");
    }

    public static WarrinerLexicon load() {
        return load(defaultFile());
    }

    /** Reads the norms (columns Word, V.Mean.Sum, A.Mean.Sum, D.Mean.Sum); a bad row is reported as file:line. */
    public static WarrinerLexicon load(Path file) {
        Map<String, double[]> norms = new HashMap<>();
        CsvReader.read(file, List.of("Word", "V.Mean.Sum", "A.Mean.Sum", "D.Mean.Sum"), r -> {
            try {
                double[] vad = {rescale(Double.parseDouble(r.get("V.Mean.Sum"))),
                        rescale(Double.parseDouble(r.get("A.Mean.Sum"))), rescale(Double.parseDouble(r.get("D.Mean.Sum")))};
                String original = r.get("Word").trim();
                String word = original.toLowerCase(Locale.ROOT);
                if (word.isEmpty()) throw r.error("empty Word");
                // 10 words come twice, lower-case and as a name ("aids"/"AIDS", "tv"/"TV"); texts are
                // matched in lower case, so the lower-case entry wins
                if (original.equals(word) || !norms.containsKey(word)) norms.put(word, vad);
            } catch (IllegalArgumentException e) {
                throw r.error(e.getMessage());
            }
        });
        if (norms.isEmpty()) throw new DataFileException(file, 1, "no rows");
        return new WarrinerLexicon(norms);
    }

    /** 1–9 → 1–5, linear, end points to end points. */
    public static double rescale(double x19) {
        if (!(x19 >= 1 && x19 <= 9)) throw new IllegalArgumentException("rating " + x19 + " is outside 1–9");
        return 1 + (x19 - 1) / 2;
    }

    public int size() {
        return norms.size();
    }

    /** The rescaled (1–5) norms of a lemma, or null. */
    public double[] norm(String lemma) {
        double[] v = norms.get(lemma.toLowerCase(Locale.ROOT));
        return v == null ? null : v.clone();
    }

    public synchronized Score score(String text) {
        double[] sum = new double[3];
        int matched = 0;
        List<String> tokens = CueMatcher.tokens(text);
        for (String tok : tokens) {
            String lemma = lemma(tok);
            if (lemma == null) continue;
            double[] v = norms.get(lemma);
            for (int d = 0; d < 3; d++) sum[d] += v[d];
            matched++;
        }
        if (matched == 0) return new Score(new double[]{3, 3, 3}, 0, tokens.size());
        for (int d = 0; d < 3; d++) sum[d] /= matched;
        return new Score(sum, matched, tokens.size());
    }

    /** The token itself if normed, else its first WordNet base form (noun, verb, adjective, adverb) that is; else null. */
    private String lemma(String token) {
        if (norms.containsKey(token)) return token;
        return lemmaMemo.computeIfAbsent(token, t -> {
            try {
                if (morph == null) morph = WordNet.dictionary().getMorphologicalProcessor();
                for (POS pos : LEMMA_POS) {
                    for (String base : morph.lookupAllBaseForms(pos, t)) {
                        if (norms.containsKey(base)) return base;
                    }
                }
                return "";
            } catch (JWNLException e) {
                throw new IllegalStateException("WordNet lookup failed for '" + t + "': " + e.getMessage(), e);
            }
        }).transform(s -> s.isEmpty() ? null : s);
    }
    /** The annotator id of the lexicon baseline in judgment files. */
    public static final String MODEL = "lex:warriner2013";

    /** EmoBank lexicon baseline: mean Warriner norms of the matched lemmas, rescaled to 1–5. */
    public List<Judgment> annotate(List<TextItem> items) {
        List<Judgment> out = new ArrayList<>(items.size());
        for (TextItem it : items) {
            Score s = score(it.text());
            Map<String, String> prov = new TreeMap<>();
            prov.put("lexicon", "Warriner, Kuperman & Brysbaert 2013 (V/A/D.Mean.Sum), 1-9 rescaled to 1-5");
            prov.put("lemmas", "token, else first WordNet 3.1 base form in the norms");
            prov.put("matched_tokens", Integer.toString(s.matched()));
            prov.put("tokens", Integer.toString(s.tokens()));
            prov.put("training", "none");
            out.add(Judgment.point(Annotators.EMOBANK, MODEL, "lexicon", it.id(), "vad", s.vad(), false, prov));
        }
        return out;
    }
}
