package org.emogap.bench;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import org.emogap.encoder.Encoders;
import org.emogap.encoder.SentenceEncoder;

import java.io.InputStream;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Embeddings per second of each encoder on this machine, for short (comment-like) and long
 * (paragraph) texts, next to ONNX Runtime called directly on the very model file the jar ships,
 * with the whole batch in one padded tensor (ORT's default threading). The ratio says what the
 * one-text-per-call path of langchain4j costs. Inputs are generated from a fixed seed, so every run
 * embeds the same texts. Run after {@code mvn -pl lib test-compile} with the test classpath:
 * {@code java -cp lib/target/test-classes:lib/target/classes:<dependencies> org.emogap.bench.EncoderBenchmark [nShort nLong]}.
 *
 * <p>The quantised models' vectors differ slightly between the two paths (min cosine ≈ 0.98):
 * ONNX Runtime quantises activations dynamically, per tensor, so padding a batch changes the scale.
 */
public final class EncoderBenchmark {
    private static final String[] WORDS = ("i you we they love hate this that movie game team really so very not "
            + "happy sad angry great terrible funny weird thanks sorry what why how when people guy day night "
            + "work home dog cat food music never always just still lol wow okay sure maybe think feel know "
            + "want need good bad best worst amazing awful time year week money life friend family").split(" ");

    /** Model resource, tokenizer resource and pooling of each encoder, as the jars' model classes use them. */
    private static final Map<String, String[]> FILES = Map.of(
            Encoders.MINILM, new String[]{"all-minilm-l6-v2.onnx", "all-minilm-l6-v2-tokenizer.json", "mean"},
            Encoders.MINILM_Q, new String[]{"all-minilm-l6-v2-q.onnx", "all-minilm-l6-v2-q-tokenizer.json", "mean"},
            Encoders.BGE_SMALL_Q, new String[]{"bge-small-en-v1.5-q.onnx", "bge-small-en-v1.5-q-tokenizer.json", "cls"});

    public static void main(String[] args) throws Exception {
        int nShort = args.length > 0 ? Integer.parseInt(args[0]) : 512;
        int nLong = args.length > 1 ? Integer.parseInt(args[1]) : 96;
        List<String> shortTexts = texts(nShort, 8, 20, 1);
        List<String> longTexts = texts(nLong, 120, 180, 2);
        System.out.printf(Locale.ROOT, "cores %d; short texts %d (8-20 words), long texts %d (120-180 words)%n",
                Runtime.getRuntime().availableProcessors(), nShort, nLong);
        System.out.println("encoder                 texts   emb/s(ours)  emb/s(ORT batch)  ours/ORT  min cos(ours,ORT)");
        for (String id : Encoders.IDS) {
            try (SentenceEncoder enc = Encoders.onnx(id); DirectOrt ort = new DirectOrt(FILES.get(id))) {
                enc.embed(shortTexts.subList(0, 32)); // warm-up: first runs allocate and JIT-compile
                ort.embed(shortTexts.subList(0, 32));
                for (var set : List.of(Map.entry("short", shortTexts), Map.entry("long", longTexts))) {
                    List<String> t = set.getValue();
                    long t0 = System.nanoTime();
                    float[][] ours = enc.embed(t);
                    double oursRate = t.size() / ((System.nanoTime() - t0) / 1e9);
                    t0 = System.nanoTime();
                    float[][] theirs = ort.embed(t);
                    double ortRate = t.size() / ((System.nanoTime() - t0) / 1e9);
                    double minCos = 1;
                    for (int i = 0; i < t.size(); i++) minCos = Math.min(minCos, dot(ours[i], theirs[i]));
                    System.out.printf(Locale.ROOT, "%-22s %-6s %11.1f %17.1f %8.0f%% %18.5f%n", id, set.getKey(),
                            oursRate, ortRate, 100 * oursRate / ortRate, minCos);
                }
            }
        }
    }

    static List<String> texts(int n, int minWords, int maxWords, long seed) {
        Random r = new Random(seed);
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int len = minWords + r.nextInt(maxWords - minWords + 1);
            StringBuilder b = new StringBuilder();
            for (int w = 0; w < len; w++) b.append(w == 0 ? "" : " ").append(WORDS[r.nextInt(WORDS.length)]);
            out.add(b.append(r.nextBoolean() ? "!" : ".").toString());
        }
        return out;
    }

    static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }

    /** ONNX Runtime on the jar's model: one padded tensor per batch of 64, then the model's pooling. */
    static final class DirectOrt implements AutoCloseable {
        final OrtEnvironment env = OrtEnvironment.getEnvironment();
        final OrtSession session;
        final HuggingFaceTokenizer tokenizer;
        final boolean cls;

        DirectOrt(String[] files) throws Exception {
            ClassLoader cl = Thread.currentThread().getContextClassLoader();
            try (InputStream m = cl.getResourceAsStream(files[0]); InputStream t = cl.getResourceAsStream(files[1])) {
                session = env.createSession(m.readAllBytes(), new OrtSession.SessionOptions());
                tokenizer = HuggingFaceTokenizer.newInstance(t, Map.of("padding", "false"));
            }
            cls = files[2].equals("cls");
        }

        float[][] embed(List<String> texts) throws Exception {
            float[][] out = new float[texts.size()][];
            for (int from = 0; from < texts.size(); from += 64) {
                List<String> batch = texts.subList(from, Math.min(texts.size(), from + 64));
                Encoding[] enc = new Encoding[batch.size()];
                int len = 0;
                for (int i = 0; i < enc.length; i++) {
                    enc[i] = tokenizer.encode(batch.get(i), true, false);
                    len = Math.max(len, enc[i].getIds().length);
                }
                long[] ids = new long[enc.length * len], mask = new long[ids.length], types = new long[ids.length];
                for (int i = 0; i < enc.length; i++) {
                    System.arraycopy(enc[i].getIds(), 0, ids, i * len, enc[i].getIds().length);
                    System.arraycopy(enc[i].getAttentionMask(), 0, mask, i * len, enc[i].getIds().length);
                }
                long[] shape = {enc.length, len};
                Map<String, OnnxTensor> in = new HashMap<>();
                in.put("input_ids", OnnxTensor.createTensor(env, LongBuffer.wrap(ids), shape));
                in.put("attention_mask", OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape));
                if (session.getInputNames().contains("token_type_ids")) {
                    in.put("token_type_ids", OnnxTensor.createTensor(env, LongBuffer.wrap(types), shape));
                }
                try (OrtSession.Result r = session.run(in)) {
                    float[][][] h = (float[][][]) r.get(0).getValue();
                    for (int i = 0; i < enc.length; i++) out[from + i] = pool(h[i], enc[i].getIds().length);
                } finally {
                    in.values().forEach(OnnxTensor::close);
                }
            }
            return out;
        }

        private float[] pool(float[][] tokens, int n) {
            float[] v = new float[tokens[0].length];
            if (cls) {
                v = tokens[0].clone();
            } else {
                for (int t = 0; t < n; t++) for (int j = 0; j < v.length; j++) v[j] += tokens[t][j] / n;
            }
            double norm = Math.sqrt(dot(v, v));
            for (int j = 0; j < v.length; j++) v[j] /= norm;
            return v;
        }

        @Override public void close() throws Exception {
            session.close();
            tokenizer.close();
        }
    }
}
