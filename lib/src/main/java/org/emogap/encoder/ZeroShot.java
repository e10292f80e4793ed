package org.emogap.encoder;

/**
 * Zero-shot scoring from embeddings alone: nothing here has seen an emotion-labelled example.
 * Vectors are the encoders' unit-length embeddings, so a dot product is a cosine.
 */
public final class ZeroShot {
    /**
     * Softmax temperature over cosine similarities, fixed before any evaluation and never tuned on
     * it: cosines between a sentence and label descriptions differ by a few hundredths to a few
     * tenths, and at T = 0.05 a lead of 0.1 in cosine means odds of e^2 ≈ 7.4 : 1, a committed
     * but not one-hot choice. (CLIP-style models learn 0.01; that would make almost every item
     * one-hot.)
     */
    public static final double TEMPERATURE = 0.05;

    /** The anchors of each EmoBank dimension: the words the LLM prompt gives for scale points 1 and 5. */
    public static final String[][] VAD_ANCHORS = {
            {"very negative", "very positive"},
            {"very calm", "very excited"},
            {"very submissive", "very dominant"}};

    private ZeroShot() {}

    /** Cosine of two vectors (not assumed unit length). */
    public static double cosine(float[] a, float[] b) {
        if (a.length != b.length) throw new IllegalArgumentException("vectors of length " + a.length + " and " + b.length);
        double s = 0, na = 0, nb = 0;
        for (int i = 0; i < a.length; i++) {
            s += (double) a[i] * b[i];
            na += (double) a[i] * a[i];
            nb += (double) b[i] * b[i];
        }
        return s / Math.sqrt(na * nb);
    }

    /** softmax(cos(text, label_k) / T) over the labels: a distribution over the label set. */
    public static double[] distribution(float[] text, float[][] labels, double temperature) {
        if (!(temperature > 0)) throw new IllegalArgumentException("temperature is " + temperature + ", must be > 0");
        double[] z = new double[labels.length];
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < z.length; k++) {
            z[k] = cosine(text, labels[k]) / temperature;
            max = Math.max(max, z[k]);
        }
        double sum = 0;
        for (int k = 0; k < z.length; k++) sum += z[k] = Math.exp(z[k] - max);
        for (int k = 0; k < z.length; k++) z[k] /= sum;
        return z;
    }

    /**
     * Where a text lies between two anchors, on the 1–5 scale. With unit vectors n (scale point 1)
     * and p (scale point 5), the projection of text e onto the line from n to p is
     * t = (e − n)·(p − n) / |p − n|² = 1/2 + (e·p − e·n) / |p − n|², which is 0 at n and 1 at p;
     * the score is 1 + 4t clamped to [1, 5]. A text equally close to both anchors scores 3.
     */
    public static double position(float[] text, float[] low, float[] high) {
        double gap = 0, ep = 0, en = 0, tt = 0;
        for (int i = 0; i < text.length; i++) {
            double d = high[i] - low[i];
            gap += d * d;
            tt += (double) text[i] * text[i];
        }
        double norm = Math.sqrt(tt);
        for (int i = 0; i < text.length; i++) {
            ep += text[i] / norm * high[i];
            en += text[i] / norm * low[i];
        }
        if (gap == 0) throw new IllegalArgumentException("the two anchors have the same embedding");
        double t = 0.5 + (ep - en) / gap;
        return Math.max(1, Math.min(5, 1 + 4 * t));
    }

    /** V, A and D of a text from the anchors' embeddings ({@code anchors[d] = {low, high}}). */
    public static double[] vad(float[] text, float[][][] anchors) {
        double[] out = new double[anchors.length];
        for (int d = 0; d < anchors.length; d++) out[d] = position(text, anchors[d][0], anchors[d][1]);
        return out;
    }
}
