package org.emogap.encoder;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

class EmbeddingCacheTest {
    @TempDir Path dir;

    /** A deterministic stand-in encoder: vector = (length, first char, count of 'a'), counting calls. */
    static final class FakeEncoder implements SentenceEncoder {
        final List<String> seen = new ArrayList<>();
        @Override public String id() { return "fake"; }
        @Override public int dimension() { return 3; }
        @Override public float[][] embed(List<String> texts, LongConsumer progress) {
            seen.addAll(texts);
            float[][] out = new float[texts.size()][];
            for (int i = 0; i < out.length; i++) {
                String t = texts.get(i);
                out[i] = new float[]{t.length(), t.charAt(0), t.chars().filter(c -> c == 'a').count()};
            }
            progress.accept(texts.size());
            return out;
        }
        @Override public void close() { }
    }

    @Test void secondRunReadsEverythingFromDisk() {
        FakeEncoder fake = new FakeEncoder();
        List<String> texts = List.of("banana", "apple", "banana", "cherry");
        long[] progressed = {0};
        float[][] first;
        try (CachedEncoder enc = new CachedEncoder(fake, dir)) {
            first = enc.embed(texts, n -> progressed[0] += n);
            assertEquals(3, enc.embeddedCount(), "each distinct text embedded once");
        }
        assertEquals(List.of("banana", "apple", "cherry"), fake.seen);
        assertEquals(4, progressed[0], "progress counts every requested text");
        assertArrayEquals(new float[]{6, 'b', 3}, first[0]);
        assertArrayEquals(first[0], first[2]);

        FakeEncoder fake2 = new FakeEncoder();
        try (CachedEncoder enc = new CachedEncoder("fake", () -> fake2, dir)) {
            float[][] again = enc.embed(texts);
            assertEquals(0, enc.embeddedCount());
            for (int i = 0; i < texts.size(); i++) assertArrayEquals(first[i], again[i]);
            assertEquals(3, enc.dimension(), "dimension known from disk without building the model");
        }
        assertTrue(fake2.seen.isEmpty(), "the model is not even asked");
    }

    @Test void tornTailIsIgnoredAndEarlierRecordsSurvive() throws IOException {
        try (EmbeddingCache c = EmbeddingCache.open(dir, "m")) {
            c.putAll(List.of("one"), new float[][]{{1f, 2f}});
            c.putAll(List.of("two"), new float[][]{{3f, 4f}});
        }
        Path seg = onlySegment();
        // header 8 + 4 + 4 + 1 ("m") = 17 bytes; a record is 4 + 32 + 2*4 + 4 = 48 bytes
        assertEquals(17 + 2 * 48, Files.size(seg));
        try (RandomAccessFile f = new RandomAccessFile(seg.toFile(), "rw")) {
            f.setLength(17 + 48 + 30); // the process died half way through the second record
        }
        try (EmbeddingCache c = EmbeddingCache.open(dir, "m")) {
            assertEquals(1, c.size());
            assertArrayEquals(new float[]{1f, 2f}, c.get("one"));
            assertNull(c.get("two"), "a torn record is never read back");
            assertEquals(30, c.tornBytes());
            c.putAll(List.of("two"), new float[][]{{3f, 4f}}); // goes to a new segment
        }
        try (EmbeddingCache c = EmbeddingCache.open(dir, "m")) {
            assertArrayEquals(new float[]{3f, 4f}, c.get("two"));
        }
    }

    @Test void corruptRecordFailsItsChecksum() throws IOException {
        try (EmbeddingCache c = EmbeddingCache.open(dir, "m")) {
            c.putAll(List.of("one", "two"), new float[][]{{1f, 2f}, {3f, 4f}});
        }
        Path seg = onlySegment();
        try (RandomAccessFile f = new RandomAccessFile(seg.toFile(), "rw")) {
            long firstFloatOfSecond = 17 + 48 + 4 + 32;
            f.seek(firstFloatOfSecond);
            f.write(0x7f); // flip bits of the stored 3.0f
        }
        try (EmbeddingCache c = EmbeddingCache.open(dir, "m")) {
            assertArrayEquals(new float[]{1f, 2f}, c.get("one"));
            assertNull(c.get("two"));
            assertEquals(48, c.tornBytes());
        }
    }

    @Test void keyIsSha256OfUtf8() {
        // printf 'abc' | sha256sum -> ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
        byte[] k = EmbeddingCache.key("abc");
        assertEquals((byte) 0xba, k[0]);
        assertEquals((byte) 0xad, k[31]);
    }

    @Test void refusesMixedDimensionsAndUnsafeIds() {
        try (EmbeddingCache c = EmbeddingCache.open(dir, "m")) {
            c.putAll(List.of("one"), new float[][]{{1f, 2f}});
            assertThrows(IllegalArgumentException.class, () -> c.putAll(List.of("x"), new float[][]{{1f}}));
        }
        assertThrows(IllegalArgumentException.class, () -> EmbeddingCache.open(dir, "../evil"));
    }

    private Path onlySegment() throws IOException {
        try (Stream<Path> s = Files.list(dir.resolve("m"))) {
            List<Path> segs = s.toList();
            assertEquals(1, segs.size());
            return segs.get(0);
        }
    }
}
