package org.emogap.sim;

import org.emogap.Project;
import org.emogap.encoder.Encoders;
import org.emogap.encoder.GoHead;
import org.emogap.encoder.Heads;
import org.emogap.encoder.SentenceEncoder;
import org.emogap.encoder.VadHead;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The simulator's default oracle: the GoEmotions softmax head and the EmoBank ridge head of one
 * encoder, trained as notebook 02 trains them ({@link Heads}; read from the head cache when there),
 * each text embedded once through the embedding cache and its answers memoised.
 */
public final class HeadOracle implements SimulatedLlm.Oracle {
    private final String encoderId;
    private final int sample;
    private final long seed;
    private volatile GoHead go;
    private volatile VadHead vad;
    private final Map<String, double[]> dist = new ConcurrentHashMap<>(), vads = new ConcurrentHashMap<>();

    public HeadOracle(String encoderId, int sample, long seed) {
        if (!Encoders.IDS.contains(encoderId)) throw new IllegalArgumentException("encoder '" + encoderId + "' is not one of " + Encoders.IDS);
        this.encoderId = encoderId;
        this.sample = sample;
        this.seed = seed;
    }

    /**
     * The run's oracle: {@code encoder}, else {@code EMOGAP_SIM_ENCODER}, else the best head of the
     * run ({@link Heads#best}); trained with the run's small-mode setting and seed.
     */
    public static HeadOracle forRun(String encoder) {
        String id = encoder != null ? encoder : Project.setting("EMOGAP_SIM_ENCODER", Heads.best(Project.sampleSize()));
        return new HeadOracle(id, Project.sampleSize(), Project.seed());
    }

    public String encoderId() {
        return encoderId;
    }

    /** {@code sim:<encoder>:head}. */
    public String modelId() {
        return "sim:" + encoderId + ":head";
    }

    /** Loads (or trains) both heads now rather than on the first request. */
    public synchronized HeadOracle load() {
        if (go == null) {
            SentenceEncoder enc = Encoders.cached(encoderId);
            go = Heads.go(enc, sample, seed, n -> { });
            vad = Heads.vad(enc, sample, seed, n -> { });
        }
        return this;
    }

    @Override public double[] distribution(String text) {
        return memo(dist, text, () -> go.distributions(List.of(text))[0]);
    }

    @Override public double[] vad(String text) {
        return memo(vads, text, () -> vad.vad(List.of(text))[0]);
    }

    // the encoder is asked from one thread at a time: an ONNX session and its cache are not shared safely
    private double[] memo(Map<String, double[]> memo, String text, java.util.function.Supplier<double[]> ask) {
        double[] d = memo.get(text);
        if (d != null) return d;
        synchronized (this) {
            load();
            return memo.computeIfAbsent(text, t -> ask.get());
        }
    }
}
