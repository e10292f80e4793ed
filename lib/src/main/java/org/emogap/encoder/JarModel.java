package org.emogap.encoder;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.Executor;

/**
 * A langchain4j in-process model built from the ONNX file and tokenizer its jar ships, with one
 * difference from the jar's own model class: the ONNX session runs each call on a single thread.
 * langchain4j already runs one text per worker of its executor; letting every call also spread over
 * all cores (ONNX Runtime's default) makes two workers fight over two cores.
 */
final class JarModel extends AbstractInProcessEmbeddingModel {
    private final OnnxBertBiEncoder model;
    private final int dimension;

    JarModel(Class<?> anchor, String onnxFile, String tokenizerFile, PoolingMode pooling, int dimension, Executor executor) {
        super(executor);
        this.dimension = dimension;
        ClassLoader cl = anchor.getClassLoader(); // the jar of the model class holds both files
        try (InputStream m = cl.getResourceAsStream(onnxFile); InputStream t = cl.getResourceAsStream(tokenizerFile)) {
            if (m == null || t == null) throw new IllegalStateException(onnxFile + " or " + tokenizerFile + " missing next to " + anchor.getName());
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            this.model = new OnnxBertBiEncoder(env, env.createSession(m.readAllBytes(), options), t, pooling);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + onnxFile + ": " + e.getMessage(), e);
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime cannot load " + onnxFile + ": " + e.getMessage(), e);
        }
    }

    @Override protected OnnxBertBiEncoder model() {
        return model;
    }

    @Override protected Integer knownDimension() {
        return dimension;
    }
}
