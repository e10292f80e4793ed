package org.emogap.encoder;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class ZeroShotTest {

    @Test void softmaxOverCosines() {
        // cosines 1 and 0 at T = 0.5 -> logits 2, 0 -> e^2/(e^2+1) = 0.8807970779778823
        double[] p = ZeroShot.distribution(new float[]{1, 0}, new float[][]{{1, 0}, {0, 1}}, 0.5);
        assertArrayEquals(new double[]{0.8807970779778823, 0.11920292202211755}, p, 1e-12);
        // a label vector's length must not matter (cosine, not dot product)
        assertArrayEquals(p, ZeroShot.distribution(new float[]{2, 0}, new float[][]{{3, 0}, {0, 0.5f}}, 0.5), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> ZeroShot.distribution(new float[]{1, 0}, new float[][]{{1, 0}}, 0));
    }

    @Test void positionBetweenAnchors() {
        float[] low = {1, 0}, high = {0, 1};
        assertEquals(1.0, ZeroShot.position(low, low, high), 1e-12);
        assertEquals(5.0, ZeroShot.position(high, low, high), 1e-12);
        assertEquals(3.0, ZeroShot.position(new float[]{1, 1}, low, high), 1e-7);
        // text at 30 degrees from the low anchor: t = 0.5 + (sin30 - cos30)/|p-n|^2 = 0.5 + (0.5 - 0.8660254)/2
        // = 0.3169873, score 1 + 4t = 2.2679492
        float[] e = {(float) Math.cos(Math.PI / 6), (float) Math.sin(Math.PI / 6)};
        assertEquals(2.2679492, ZeroShot.position(e, low, high), 1e-6);
        // beyond an anchor is clamped
        assertEquals(1.0, ZeroShot.position(new float[]{1, -1}, low, high), 1e-12);
    }

    @Test void wordNetDescriptionsFollowTheFixedRule() {
        List<LabelDescriptions.Description> d = LabelDescriptions.wordNet(List.of("admiration", "curiosity", "neutral", "zzqx"));
        assertEquals("admiration: a feeling of delighted approval and liking", d.get(0).text());
        assertEquals("wn31 noun.feeling", d.get(0).source());
        assertEquals("curiosity: a state in which you want to learn more about something", d.get(1).text());
        assertEquals("neutral: having no personal preference", d.get(2).text(), "example sentences cut off");
        assertEquals("zzqx", d.get(3).text());
    }
}
