package org.emogap.encoder;

import org.emogap.Project;
import org.emogap.data.EmoBank;
import org.emogap.data.EmoBankOptions;
import org.emogap.data.GoEmotions;

import java.util.List;
import java.util.function.LongConsumer;

/**
 * The in-domain heads of a run, one definition for notebook 02 (which trains and scores them) and
 * the simulated LLM (which answers from them): on which encoders, with which training options, and
 * which is the best. In small mode ({@code sample} > 0) one encoder and seeded subsets of the train
 * splits (10 × sample rows, 2 × sample dev rows); otherwise every encoder on the full splits. A
 * head trained once is read back from the head cache, so loading it again costs no training.
 */
public final class Heads {
    private Heads() {}

    /** The default encoders of a full run's heads: the int8 MiniLM and bge-small (see {@link #encoders}). */
    public static final List<String> DEFAULT = List.of(Encoders.MINILM_Q, Encoders.BGE_SMALL_Q);

    /**
     * The encoders heads are trained on: {@code EMOGAP_HEAD_ENCODERS} (comma-separated ids, or
     * {@code all}) when set; else in small mode the int8 MiniLM only, and in a full run
     * {@link #DEFAULT}. The fp32 MiniLM is left out by default because its heads duplicate the
     * int8 variant's (core-set GoEmotions JSD 0.4515 against 0.4513, EmoBank valence r 0.540
     * against 0.546 on this project's data, 2026-12-02) while training them embeds both train
     * splits once more at half the int8 speed; it still annotates zero-shot. Unknown ids are
     * refused with the known ones.
     */
    public static List<String> encoders(int sample) {
        String v = Project.setting("EMOGAP_HEAD_ENCODERS", null);
        if (v == null) return sample > 0 ? List.of(Encoders.MINILM_Q) : DEFAULT;
        if (v.equalsIgnoreCase("all")) return Encoders.IDS;
        List<String> ids = java.util.Arrays.stream(v.split(",")).map(String::trim).filter(x -> !x.isEmpty()).toList();
        for (String id : ids) {
            if (!Encoders.IDS.contains(id)) throw new IllegalArgumentException("EMOGAP_HEAD_ENCODERS names '" + id + "', expected some of " + Encoders.IDS + " or all");
        }
        if (ids.isEmpty()) throw new IllegalArgumentException("EMOGAP_HEAD_ENCODERS is empty: name encoders of " + Encoders.IDS + " or all");
        return ids;
    }

    public static GoHead.Options goOptions(int sample, long seed) {
        return sample > 0 ? GoHead.Options.subset(10 * sample, 2 * sample, seed) : GoHead.Options.full(seed);
    }

    public static VadHead.Options vadOptions(int sample, long seed) {
        return sample > 0 ? VadHead.Options.subset(10 * sample, seed) : VadHead.Options.full(seed);
    }

    /**
     * The encoder whose heads come closest to the humans in a full run (bge-small-en-v1.5-q: lowest
     * GoEmotions JSD and highest EmoBank valence r of the three on this project's data), else the
     * small mode's only one.
     */
    public static String best(int sample) {
        return sample > 0 ? Encoders.MINILM_Q : Encoders.BGE_SMALL_Q;
    }

    /** The GoEmotions head of an encoder as notebook 02 trains it (from the head cache when there). */
    public static GoHead go(SentenceEncoder enc, int sample, long seed, LongConsumer progress) {
        return GoHead.train(enc, GoEmotions.labels(), GoEmotions.loadSplit("train"), GoEmotions.loadSplit("dev"), null,
                goOptions(sample, seed), Encoders.defaultHeadCacheDir(), progress);
    }

    /** The EmoBank head of an encoder as notebook 02 trains it (from the head cache when there). */
    public static VadHead vad(SentenceEncoder enc, int sample, long seed, LongConsumer progress) {
        return VadHead.train(enc, EmoBank.load(EmoBankOptions.defaults().dropAllOnes(true)).texts(), vadOptions(sample, seed),
                Encoders.defaultHeadCacheDir(), progress);
    }
}
