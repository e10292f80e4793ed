package org.emogap.encoder;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

/**
 * An encoder behind an {@link EmbeddingCache}: texts seen before are read from disk, the others are
 * embedded (each distinct text once) and appended to the cache chunk by chunk, so an interrupted
 * run keeps what it finished. The model is loaded only when some text is missing, which keeps a
 * fully cached rerun fast.
 */
public final class CachedEncoder implements SentenceEncoder {
    /** Texts embedded between two appends to the cache. */
    static final int CHUNK = 256;

    private final String id;
    private final Supplier<SentenceEncoder> factory;
    private final EmbeddingCache cache;
    private SentenceEncoder inner;
    private long embeddedCount;

    /** Wraps an already built encoder. */
    public CachedEncoder(SentenceEncoder inner, Path cacheDir) {
        this(inner.id(), () -> inner, cacheDir);
    }

    /** Wraps an encoder that is built (model loaded) on the first cache miss. */
    public CachedEncoder(String id, Supplier<SentenceEncoder> factory, Path cacheDir) {
        this.id = id;
        this.factory = factory;
        this.cache = EmbeddingCache.open(cacheDir, id);
    }

    @Override public String id() {
        return id;
    }

    @Override public synchronized int dimension() {
        return cache.dimension() != 0 ? cache.dimension() : inner().dimension();
    }

    /** How many texts this instance had to embed (cache misses, distinct). */
    public synchronized long embeddedCount() {
        return embeddedCount;
    }

    public EmbeddingCache cache() {
        return cache;
    }

    @Override public synchronized float[][] embed(List<String> texts, LongConsumer progress) {
        float[][] out = new float[texts.size()][];
        Map<String, List<Integer>> missing = new LinkedHashMap<>();
        int hits = 0;
        for (int i = 0; i < texts.size(); i++) {
            float[] v = cache.get(texts.get(i));
            if (v != null) {
                out[i] = v;
                hits++;
            } else {
                missing.computeIfAbsent(texts.get(i), t -> new ArrayList<>()).add(i);
            }
        }
        if (hits > 0) progress.accept(hits);
        List<String> todo = new ArrayList<>(missing.keySet());
        for (int from = 0; from < todo.size(); from += CHUNK) {
            List<String> chunk = todo.subList(from, Math.min(todo.size(), from + CHUNK));
            float[][] vs = inner().embed(chunk, n -> { });
            cache.putAll(chunk, vs);
            embeddedCount += chunk.size();
            int done = 0;
            for (int j = 0; j < chunk.size(); j++) {
                List<Integer> at = missing.get(chunk.get(j));
                for (int i : at) out[i] = vs[j].clone();
                done += at.size();
            }
            progress.accept(done);
        }
        return out;
    }

    @Override public synchronized void close() {
        cache.close();
        if (inner != null) inner.close();
    }

    private SentenceEncoder inner() {
        if (inner == null) inner = factory.get();
        return inner;
    }
}
