package org.emogap.sim;

import org.emogap.dist.Rows;
import org.emogap.llm.Mode;
import org.emogap.llm.Parsers;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * How the simulated LLM answers, as pure functions of the head's output for a text, the sampling
 * temperature T, the seed and the sample index. The rules (also in docs/llm.md):
 *
 * <ul>
 *   <li><b>Label sets</b> (GoEmotions, sample mode). The head gives a distribution p over the 28
 *   labels. At T = 0 every sample is the same set: the top label and every label with
 *   p ≥ {@value #CLOSE} · p<sub>max</sub>, so a T = 0 model collapses onto one answer as an LLM
 *   does. At T &gt; 0 the distribution is tempered, q ∝ p<sup>1/T</sup>; a first label is drawn
 *   from q, a second one from q without the first, and the second is kept when
 *   q(second) ≥ {@value #CLOSE} · q(first). Higher T flattens q, so answers spread.</li>
 *   <li><b>Verbalized</b>: the tempered distribution q (p itself at T = 0), labels with q ≥ 0.01,
 *   two decimals, as a JSON object.</li>
 *   <li><b>Logprobs</b>: the answer is the sample-mode set; the first label token carries the top
 *   alternatives of q (at most {@code top_logprobs}) as log-probabilities.</li>
 *   <li><b>EmoBank</b>: the head's V, A, D plus Gaussian noise with SD {@value #VAD_NOISE} · T,
 *   clamped to [1, 5], one decimal; verbalized and logprobs modes give each dimension a 5-bin
 *   distribution: a normal of SD 0.35 + 0.4 · T around the noisy value, over the ratings 1–5.</li>
 *   <li><b>Malformed answers</b>: a share {@code malformed} of samples (by default
 *   {@value #MALFORMED}) is replaced, in equal parts, by prose without JSON, an empty answer, an
 *   unknown label and a refusal, so every parse status appears as it would with a real model.</li>
 * </ul>
 * Every draw comes from a generator seeded by (text, T, seed, sample index), so an answer is the
 * same every time it is asked; without a seed (the Anthropic API has none) by (text, T, sample index).
 */
public final class Behaviour {
    /** A label joins the top one when its probability is at least this share of the top one's. */
    public static final double CLOSE = 0.5;
    /** SD of the V/A/D noise per unit of temperature. */
    public static final double VAD_NOISE = 0.4;
    /** Default share of malformed answers. */
    public static final double MALFORMED = 0.02;

    private static final List<String> LABELS = Parsers.GOEMOTIONS;

    private Behaviour() {}

    /** One answer: the text, and for logprobs mode the tokens with their alternatives. */
    public record Answer(String text, List<Token> tokens) {}

    /** A generated token, its log-probability and the top alternatives at its position. */
    public record Token(String token, double logprob, List<Alt> top) {}

    public record Alt(String token, double logprob) {}

    /** The draws of one (text, T, seed, sample). */
    public static SplittableRandom random(String text, double temperature, Integer seed, int sample) {
        long h = 1125899906842597L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) h = 31 * h + b;
        h = h * 31 + Double.doubleToLongBits(temperature);
        h = h * 31 + (seed == null ? 0x5eed : seed);
        h = h * 31 + sample;
        return new SplittableRandom(h);
    }

    /** p tempered by T (q ∝ p^(1/T)); p itself at T = 1, the one-hot argmax at T = 0. */
    static double[] tempered(double[] p, double t) {
        double[] q = new double[p.length];
        if (t <= 0) {
            q[Rows.argmax(p)] = 1;
            return q;
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double x : p) max = Math.max(max, Math.log(Math.max(x, 1e-12)) / t);
        double s = 0;
        for (int i = 0; i < p.length; i++) s += q[i] = Math.exp(Math.log(Math.max(p[i], 1e-12)) / t - max);
        for (int i = 0; i < q.length; i++) q[i] /= s;
        return q;
    }


    private static int draw(double[] q, int skip, SplittableRandom rnd) {
        double total = 0;
        for (int i = 0; i < q.length; i++) if (i != skip) total += q[i];
        double u = rnd.nextDouble() * total;
        int last = -1;
        for (int i = 0; i < q.length; i++) {
            if (i == skip) continue;
            last = i;
            u -= q[i];
            if (u < 0) return i;
        }
        return last;
    }

    /** The label set of one sample (indices in label order), by the rule in the class comment. */
    public static List<Integer> labelSet(double[] p, double t, SplittableRandom rnd) {
        List<Integer> set = new ArrayList<>();
        if (t <= 0) {
            int top = Rows.argmax(p);
            set.add(top);
            for (int i = 0; i < p.length; i++) if (i != top && p[i] >= CLOSE * p[top]) set.add(i);
        } else {
            double[] q = tempered(p, t);
            int first = draw(q, -1, rnd), second = draw(q, first, rnd);
            set.add(first);
            if (q[second] >= CLOSE * q[first]) set.add(second);
        }
        set.sort(null);
        return set;
    }

    /** The answer to a GoEmotions prompt. */
    public static Answer goEmotions(double[] p, Mode mode, double t, int topLogprobs, SplittableRandom rnd, double malformed) {
        Answer bad = malformed(rnd, malformed);
        if (bad != null) return bad;
        switch (mode) {
            case VERBALIZED -> {
                double[] q = t <= 0 ? p : tempered(p, t);
                StringBuilder b = new StringBuilder("{");
                for (int i = 0; i < q.length; i++) {
                    if (q[i] < 0.01) continue;
                    if (b.length() > 1) b.append(", ");
                    b.append('"').append(LABELS.get(i)).append("\": ").append(String.format(Locale.ROOT, "%.2f", q[i]));
                }
                if (b.length() == 1) b.append('"').append(LABELS.get(Rows.argmax(q))).append("\": 1.00");
                return new Answer(b.append('}').toString(), List.of());
            }
            case LOGPROBS -> {
                List<Integer> set = labelSet(p, t, rnd);
                double[] q = tempered(p, Math.max(t, 0.05));
                Integer[] order = new Integer[q.length];
                for (int i = 0; i < q.length; i++) order[i] = i;
                java.util.Arrays.sort(order, (a, b) -> Double.compare(q[b], q[a]));
                List<Alt> alts = new ArrayList<>();
                for (int i = 0; i < Math.min(Math.max(1, topLogprobs), q.length); i++) {
                    alts.add(new Alt(LABELS.get(order[i]), Math.log(Math.max(q[order[i]], 1e-12))));
                }
                String first = LABELS.get(set.get(0));
                List<Token> tokens = new ArrayList<>();
                tokens.add(new Token("[\"", 0, List.of()));
                tokens.add(new Token(first, Math.log(Math.max(q[set.get(0)], 1e-12)), alts));
                tokens.add(new Token("\"]", 0, List.of()));
                return new Answer(labelsJson(set), tokens);
            }
            default -> {
                return new Answer(labelsJson(labelSet(p, t, rnd)), List.of());
            }
        }
    }

    private static String labelsJson(List<Integer> set) {
        StringBuilder b = new StringBuilder("[");
        for (int i : set) b.append(b.length() > 1 ? ", " : "").append('"').append(LABELS.get(i)).append('"');
        return b.append(']').toString();
    }

    /** The answer to an EmoBank prompt, from the head's [V, A, D]. */
    public static Answer emoBank(double[] vad, Mode mode, double t, int topLogprobs, SplittableRandom rnd, double malformed) {
        Answer bad = malformed(rnd, malformed);
        if (bad != null) return bad;
        double[] v = new double[3];
        for (int d = 0; d < 3; d++) {
            double x = vad[d] + (t > 0 ? rnd.nextGaussian() * VAD_NOISE * t : 0);
            v[d] = Math.round(Math.max(1, Math.min(5, x)) * 10) / 10.0;
        }
        String[] dims = {"V", "A", "D"};
        if (mode == Mode.SAMPLE) {
            return new Answer(String.format(Locale.ROOT, "{\"V\": %.1f, \"A\": %.1f, \"D\": %.1f}", v[0], v[1], v[2]), List.of());
        }
        double sd = 0.35 + 0.4 * t;
        double[][] dist = new double[3][5];
        for (int d = 0; d < 3; d++) {
            double s = 0;
            for (int k = 0; k < 5; k++) s += dist[d][k] = Math.exp(-0.5 * Math.pow((k + 1 - v[d]) / sd, 2));
            for (int k = 0; k < 5; k++) dist[d][k] /= s;
        }
        if (mode == Mode.VERBALIZED) {
            StringBuilder b = new StringBuilder("{");
            for (int d = 0; d < 3; d++) {
                b.append(d > 0 ? ", " : "").append('"').append(dims[d]).append("\": {");
                for (int k = 0; k < 5; k++) b.append(k > 0 ? ", " : "").append('"').append(k + 1).append("\": ")
                        .append(String.format(Locale.ROOT, "%.2f", dist[d][k]));
                b.append('}');
            }
            return new Answer(b.append('}').toString(), List.of());
        }
        // logprobs: {"V": 3, "A": 2, "D": 4} with the digit alternatives at each rating position
        List<Token> tokens = new ArrayList<>();
        StringBuilder text = new StringBuilder("{");
        for (int d = 0; d < 3; d++) {
            int best = Rows.argmax(dist[d]) + 1;
            String lead = (d > 0 ? ", " : "") + "\"" + dims[d] + "\": ";
            tokens.add(new Token(lead, 0, List.of()));
            List<Alt> alts = new ArrayList<>();
            Integer[] order = {0, 1, 2, 3, 4};
            final int dd = d;
            java.util.Arrays.sort(order, (a, b) -> Double.compare(dist[dd][b], dist[dd][a]));
            for (int i = 0; i < Math.min(Math.max(1, topLogprobs), 5); i++) {
                alts.add(new Alt(Integer.toString(order[i] + 1), Math.log(Math.max(dist[d][order[i]], 1e-12))));
            }
            tokens.add(new Token(Integer.toString(best), Math.log(dist[d][best - 1]), alts));
            text.append(lead).append(best);
        }
        tokens.add(new Token("}", 0, List.of()));
        return new Answer(text.append('}').toString(), tokens);
    }

    /** With probability {@code share}, one of four malformed answers in equal parts; else null. */
    static Answer malformed(SplittableRandom rnd, double share) {
        double u = rnd.nextDouble();
        if (u >= share) return null;
        return switch ((int) (u / share * 4)) {
            case 0 -> new Answer("The text seems to express some kind of emotion, maybe several.", List.of());
            case 1 -> new Answer("", List.of());
            case 2 -> new Answer("[\"happiness\"]", List.of());
            default -> new Answer("I'm sorry, but I can't help with rating this text.", List.of());
        };
    }
}
