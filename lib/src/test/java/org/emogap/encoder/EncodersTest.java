package org.emogap.encoder;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Loads the real ONNX models from their jars (no data needed). */
class EncodersTest {

    static double cos(float[] a, float[] b) {
        double s = 0, na = 0, nb = 0;
        for (int i = 0; i < a.length; i++) { s += a[i] * b[i]; na += a[i] * a[i]; nb += b[i] * b[i]; }
        return s / Math.sqrt(na * nb);
    }

    @Test void everyEncoderGivesUnitVectorsThatKnowMeaning() {
        List<String> texts = List.of("I am so happy today!", "What a joyful, wonderful day.",
                "The train departs from platform 4 at noon.");
        for (String id : Encoders.IDS) {
            try (SentenceEncoder enc = Encoders.onnx(id)) {
                assertEquals(384, enc.dimension(), id);
                float[][] v = enc.embed(texts);
                for (float[] x : v) assertEquals(1.0, Math.sqrt(dot(x, x)), 1e-4, id + " unit length");
                assertTrue(cos(v[0], v[1]) > cos(v[0], v[2]) + 0.1,
                        id + ": paraphrases closer than an unrelated sentence: " + cos(v[0], v[1]) + " vs " + cos(v[0], v[2]));
                // batching and threads must not change a vector
                assertArrayEquals(v[2], enc.embed(texts.get(2)), 1e-5f, id);
            }
        }
    }

    @Test void blankTextIsRefusedByIndex() {
        try (SentenceEncoder enc = Encoders.onnx(Encoders.MINILM_Q)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> enc.embed(List.of("ok", " ")));
            assertTrue(e.getMessage().contains("text 1"), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> Encoders.onnx("gpt-2"));
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }
}
