package org.emogap.judgment;

import java.util.Arrays;
import java.util.Objects;

/**
 * One model's judgment of one EmoBank text, ready for comparison.
 *
 * @param itemId     EmoBank sentence id
 * @param mean       {@code [V, A, D]} the model's mean over its usable samples (or its point value); copied
 * @param samples    per-sample {@code [V, A, D]}, empty for point annotators; copied
 * @param inTraining true when the text was in the annotator's training data
 */
public record VadModelItem(String itemId, double[] mean, double[][] samples, boolean inTraining) {
    public VadModelItem {
        Objects.requireNonNull(itemId, "itemId");
        if (mean == null || mean.length != 3) throw new IllegalArgumentException("text " + itemId + ": mean must be [V, A, D]");
        for (double v : mean) if (!Double.isFinite(v)) throw new IllegalArgumentException("text " + itemId + ": mean " + Arrays.toString(mean));
        mean = mean.clone();
        samples = samples == null ? new double[0][] : Arrays.stream(samples).map(double[]::clone).toArray(double[][]::new);
        for (double[] s : samples) {
            if (s.length != 3) throw new IllegalArgumentException("text " + itemId + ": a sample has " + s.length + " values, expected V, A, D");
        }
    }

    @Override public double[] mean() {
        return mean.clone();
    }

    @Override public double[][] samples() {
        return Arrays.stream(samples).map(double[]::clone).toArray(double[][]::new);
    }

    /** Number of samples kept (0 for a point prediction). */
    public int nSamples() {
        return samples.length;
    }

    /** One dimension of every sample. */
    public double[] sampleColumn(int dim) {
        double[] c = new double[samples.length];
        for (int i = 0; i < c.length; i++) c[i] = samples[i][dim];
        return c;
    }

    @Override public boolean equals(Object o) {
        return o instanceof VadModelItem m && itemId.equals(m.itemId) && Arrays.equals(mean, m.mean)
                && Arrays.deepEquals(samples, m.samples) && inTraining == m.inTraining;
    }

    @Override public int hashCode() {
        return Objects.hash(itemId, Arrays.hashCode(mean), inTraining);
    }

    @Override public String toString() {
        return "VadModelItem[" + itemId + ", mean=" + Arrays.toString(mean) + ", samples=" + samples.length
                + (inTraining ? ", in training" : "") + "]";
    }
}
