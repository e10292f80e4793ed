package org.emogap.encoder;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.LongConsumer;

/**
 * One of langchain4j's in-process ONNX embedding models (the model and tokenizer ship inside a
 * Maven jar, so nothing is downloaded at run time). langchain4j runs one text per ONNX call and
 * spreads the texts of a batch over the executor it is given; we give it a pool with one thread per
 * core so a batch keeps every core busy.
 */
public final class OnnxSentenceEncoder implements SentenceEncoder {
    /** Texts handed to the model per call: large enough to keep the pool busy, small enough for smooth progress. */
    static final int BATCH = 64;

    private final String id;
    private final int dimension;
    private final ExecutorService pool;
    private final EmbeddingModel model;

    OnnxSentenceEncoder(String id, int threads, Function<ExecutorService, EmbeddingModel> factory) {
        if (threads < 1) throw new IllegalArgumentException("threads is " + threads + ", must be >= 1");
        this.id = Objects.requireNonNull(id, "id");
        this.pool = Executors.newFixedThreadPool(threads, daemonThreads("emogap-" + id));
        this.model = factory.apply(pool);
        this.dimension = model.dimension();
    }

    @Override public String id() {
        return id;
    }

    @Override public int dimension() {
        return dimension;
    }

    @Override public float[][] embed(List<String> texts, LongConsumer progress) {
        float[][] out = new float[texts.size()][];
        for (int i = 0; i < texts.size(); i++) {
            String t = texts.get(i);
            // the model refuses blank text; say which one instead of its generic message
            if (t == null || t.isBlank()) throw new IllegalArgumentException("text " + i + " is blank; an encoder needs words");
        }
        for (int from = 0; from < texts.size(); from += BATCH) {
            int to = Math.min(texts.size(), from + BATCH);
            List<TextSegment> segments = new ArrayList<>(to - from);
            for (int i = from; i < to; i++) segments.add(TextSegment.from(texts.get(i)));
            List<Embedding> embeddings = model.embedAll(segments).content();
            for (int i = from; i < to; i++) out[i] = embeddings.get(i - from).vector();
            progress.accept(to - from);
        }
        return out;
    }

    @Override public void close() {
        pool.shutdown();
    }

    @Override public String toString() {
        return "OnnxSentenceEncoder[" + id + ", dim " + dimension + "]";
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true); // a notebook kernel must be able to exit without closing every encoder
            return t;
        };
    }
}
