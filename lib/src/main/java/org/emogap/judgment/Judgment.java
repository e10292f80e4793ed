package org.emogap.judgment;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One annotator's judgment of one item: the single format every analysis reads, whether it came
 * from an LLM (aggregated over its samples), an offline encoder, a trained head or the humans.
 *
 * <p>{@code values} holds, for GoEmotions, one entry per label in {@code emotions.txt} order: the
 * share of samples that chose the label (mean multi-hot, {@code valueType = "rates"}) or a
 * probability vector ({@code "distribution"}); for EmoBank the three means {@code [V, A, D]}
 * ({@code "vad"}). {@code samples}, when present, keeps each sample's vector (EmoBank histograms,
 * within-text variance, sample-size curves); it may be empty.
 *
 * @param dataset     "goemotions" or "emobank"
 * @param model       annotator id, e.g. "gpt-5.4-mini" or "enc:all-minilm-l6-v2:zero-shot"
 * @param kind        "llm", "encoder", "head", "lexicon" or "human": every table says which
 * @param temperature sampling temperature, or NaN for deterministic annotators and pooled rows
 * @param itemId      the dataset's item id
 * @param valueType   "rates", "distribution" or "vad"
 * @param values      see above; copied
 * @param samples     per-sample vectors, possibly empty; copied
 * @param nSamples    samples requested for this item (1 for point annotators)
 * @param nFailed     samples whose response could not be used (excluded from values)
 * @param inTraining  true when the item was in the annotator's training data (leakage is visible)
 * @param provenance  free-form facts: encoder, head, training split, seed, prompt version, source
 */
public record Judgment(String dataset, String model, String kind, double temperature, String itemId,
                       String valueType, double[] values, double[][] samples, int nSamples, int nFailed,
                       boolean inTraining, Map<String, String> provenance) {

    public Judgment {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(valueType, "valueType");
        Objects.requireNonNull(values, "values");
        if (!valueType.equals("rates") && !valueType.equals("distribution") && !valueType.equals("vad")) {
            throw new IllegalArgumentException("valueType is '" + valueType + "', expected rates, distribution or vad");
        }
        if (valueType.equals("vad") && values.length != 3) {
            throw new IllegalArgumentException("a vad judgment has 3 values, got " + values.length + " for item " + itemId);
        }
        if (nSamples < 0 || nFailed < 0 || nFailed > nSamples) {
            throw new IllegalArgumentException("item " + itemId + ": nSamples=" + nSamples + ", nFailed=" + nFailed);
        }
        values = values.clone();
        samples = samples == null ? new double[0][] : Arrays.stream(samples).map(double[]::clone).toArray(double[][]::new);
        // sorted and kept sorted: Map.copyOf iterates in an order that changes between JVMs,
        // which made identical runs write files that differ byte for byte
        provenance = provenance == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(provenance));
    }

    /** A deterministic annotator's judgment: one sample, no temperature. */
    public static Judgment point(String dataset, String model, String kind, String itemId, String valueType,
                                 double[] values, boolean inTraining, Map<String, String> provenance) {
        return new Judgment(dataset, model, kind, Double.NaN, itemId, valueType, values, null, 1, 0,
                inTraining, provenance);
    }

    @Override public double[] values() { return values.clone(); }

    @Override public double[][] samples() {
        return Arrays.stream(samples).map(double[]::clone).toArray(double[][]::new);
    }

    @Override public boolean equals(Object o) {
        return o instanceof Judgment j && dataset.equals(j.dataset) && model.equals(j.model) && kind.equals(j.kind)
                && Double.compare(temperature, j.temperature) == 0 && itemId.equals(j.itemId)
                && valueType.equals(j.valueType) && Arrays.equals(values, j.values)
                && Arrays.deepEquals(samples, j.samples) && nSamples == j.nSamples && nFailed == j.nFailed
                && inTraining == j.inTraining && provenance.equals(j.provenance);
    }

    @Override public int hashCode() {
        return Objects.hash(dataset, model, itemId, temperature, Arrays.hashCode(values));
    }

    @Override public String toString() {
        return "Judgment[" + dataset + ", " + model + " (" + kind + "), T=" + temperature + ", item " + itemId
                + ", " + valueType + "=" + Arrays.toString(values) + ", n=" + nSamples + ", failed=" + nFailed + "]";
    }
}
