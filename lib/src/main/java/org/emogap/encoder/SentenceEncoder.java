package org.emogap.encoder;

import java.util.List;
import java.util.function.LongConsumer;

/**
 * A sentence encoder: text in, one unit-length vector per text out. All encoders of the project
 * (the in-process ONNX models and the on-disk cache in front of them) share this type, so an
 * annotator or a head never depends on where an embedding came from.
 */
public interface SentenceEncoder extends AutoCloseable {

    /** A short stable id, used in model ids, cache folders and provenance, e.g. "all-minilm-l6-v2". */
    String id();

    /** Length of every vector this encoder returns. */
    int dimension();

    /**
     * Embeds the texts in order. {@code progress} is told how many more texts are done after each
     * batch (so a notebook can connect it to a progress bar); it may be called from any thread.
     */
    float[][] embed(List<String> texts, LongConsumer progress);

    default float[][] embed(List<String> texts) {
        return embed(texts, n -> { });
    }

    default float[] embed(String text) {
        return embed(List.of(text))[0];
    }

    /** Releases worker threads; the model itself stays loaded (it is shared per JVM). */
    @Override void close();
}
