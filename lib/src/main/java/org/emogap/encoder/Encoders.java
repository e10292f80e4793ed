package org.emogap.encoder;

import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import org.emogap.Project;

import java.nio.file.Path;
import java.util.List;

/**
 * The project's sentence encoders by id, and the on-disk cache in front of them.
 * <ul>
 *   <li>{@code all-minilm-l6-v2}: sentence-transformers all-MiniLM-L6-v2, mean pooling, 384 dims;</li>
 *   <li>{@code all-minilm-l6-v2-q}: the same, int8-quantised;</li>
 *   <li>{@code bge-small-en-v1.5-q}: BAAI bge-small-en-v1.5, int8-quantised, CLS pooling, 384 dims.</li>
 * </ul>
 * Threads: {@code EMOGAP_THREADS}, default the number of cores.
 */
public final class Encoders {
    public static final String MINILM = "all-minilm-l6-v2";
    public static final String MINILM_Q = "all-minilm-l6-v2-q";
    public static final String BGE_SMALL_Q = "bge-small-en-v1.5-q";
    public static final List<String> IDS = List.of(MINILM, MINILM_Q, BGE_SMALL_Q);

    private Encoders() {}

    /** An uncached encoder by id. */
    public static SentenceEncoder onnx(String id) {
        int threads = Project.intSetting("EMOGAP_THREADS", Runtime.getRuntime().availableProcessors());
        return switch (id) {
            case MINILM -> new OnnxSentenceEncoder(id, threads, ex -> new JarModel(AllMiniLmL6V2EmbeddingModel.class,
                    "all-minilm-l6-v2.onnx", "all-minilm-l6-v2-tokenizer.json", PoolingMode.MEAN, 384, ex));
            case MINILM_Q -> new OnnxSentenceEncoder(id, threads, ex -> new JarModel(AllMiniLmL6V2QuantizedEmbeddingModel.class,
                    "all-minilm-l6-v2-q.onnx", "all-minilm-l6-v2-q-tokenizer.json", PoolingMode.MEAN, 384, ex));
            case BGE_SMALL_Q -> new OnnxSentenceEncoder(id, threads, ex -> new JarModel(BgeSmallEnV15QuantizedEmbeddingModel.class,
                    "bge-small-en-v1.5-q.onnx", "bge-small-en-v1.5-q-tokenizer.json", PoolingMode.CLS, 384, ex));
            default -> throw new IllegalArgumentException("unknown encoder '" + id + "', known: " + IDS);
        };
    }

    /** The default cache folder: {@code data/cache/embeddings} under the project (git-ignored). */
    public static Path defaultCacheDir() {
        return Project.root().resolve("data").resolve("cache").resolve("embeddings");
    }

    /** The default folder of trained heads: {@code data/cache/heads} under the project (git-ignored). */
    public static Path defaultHeadCacheDir() {
        return Project.root().resolve("data").resolve("cache").resolve("heads");
    }

    /** An encoder by id behind the embedding cache in {@code cacheDir}. */
    public static SentenceEncoder cached(String id, Path cacheDir) {
        return new CachedEncoder(id, () -> onnx(id), cacheDir);
    }

    /** An encoder by id behind the default cache. */
    public static SentenceEncoder cached(String id) {
        return cached(id, defaultCacheDir());
    }
}
