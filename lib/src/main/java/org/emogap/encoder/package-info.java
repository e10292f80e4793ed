/**
 * Offline annotators: sentence encoders that run in-process (ONNX models shipped in Maven jars),
 * an on-disk embedding cache, zero-shot scoring, and in-domain heads trained without leakage.
 * Uses {@code llm}'s neighbours below it ({@code judgment}, {@code data}, {@code stats}, {@code io},
 * {@code dist}), never {@code lexicon} or the analyses. Every annotator writes {@link org.emogap.judgment.Judgment}s, so analyses need no
 * special case.
 *
 * <ul>
 *   <li>{@link org.emogap.encoder.Encoders}: {@code cached(id)} / {@code onnx(id)} for
 *       {@code all-minilm-l6-v2}, {@code all-minilm-l6-v2-q}, {@code bge-small-en-v1.5-q}; all are
 *       {@link org.emogap.encoder.SentenceEncoder}s (unit-length float vectors, progress callback).</li>
 *   <li>{@link org.emogap.encoder.Annotators}: zero-shot GoEmotions and EmoBank, and {@code write} (one JSONL file per dataset and model).</li>
 *   <li>{@link org.emogap.encoder.GoHead} and {@link org.emogap.encoder.VadHead}: heads trained on
 *       the train split, selected on dev, memoised in {@code data/cache/heads}; judgments carry
 *       {@code inTraining} and the item's split.</li>
 *   <li>{@link org.emogap.encoder.OfflineTables}: example and score tables for notebooks.</li>
 * </ul>
 */
package org.emogap.encoder;
