package org.emogap.encoder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * The embeddings of one encoder on disk, keyed by the SHA-256 of the text, in
 * {@code <dir>/<modelId>/*.seg}. Files are append-only segments; each writer (each open cache)
 * appends to a segment of its own, so two processes never write the same file.
 *
 * <p>Segment layout, little-endian: a header ({@code "EGEMB001"}, int dimension, int byte length of
 * the UTF-8 model id, the id), then records of {@code int dimension, 32-byte SHA-256, dimension
 * floats, int CRC-32 of everything before it in the record}. A reader stops at the first record
 * that is short or fails its checksum, so a process killed mid-write leaves at most a torn tail
 * that is never read back; the embeddings before it stay valid. Records are flushed to disk at
 * every {@link #putAll}.
 */
public final class EmbeddingCache implements AutoCloseable {
    private static final byte[] MAGIC = "EGEMB001".getBytes(StandardCharsets.US_ASCII);
    private static final AtomicLong SEGMENT_COUNTER = new AtomicLong();

    private final Path folder;
    private final String modelId;
    private final Map<ByteBuffer, float[]> entries = new HashMap<>();
    private int dimension;
    private long tornBytes;
    private FileChannel writer;

    private EmbeddingCache(Path folder, String modelId) {
        this.folder = folder;
        this.modelId = modelId;
    }

    /** Opens (reads) the cache of {@code modelId} under {@code dir}; a missing folder is an empty cache. */
    public static EmbeddingCache open(Path dir, String modelId) {
        if (!modelId.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("model id '" + modelId + "' is not a safe folder name");
        }
        EmbeddingCache c = new EmbeddingCache(dir.resolve(modelId), modelId);
        c.load();
        return c;
    }

    /** SHA-256 of the UTF-8 text: the key. */
    public static byte[] key(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }

    public String modelId() {
        return modelId;
    }

    /** Dimension of the stored vectors, 0 while the cache is empty. */
    public synchronized int dimension() {
        return dimension;
    }

    public synchronized int size() {
        return entries.size();
    }

    /** Bytes skipped at segment ends because a record was torn or corrupt (a killed writer). */
    public synchronized long tornBytes() {
        return tornBytes;
    }

    /** The stored embedding of a text (a copy), or null. */
    public synchronized float[] get(String text) {
        float[] v = entries.get(ByteBuffer.wrap(key(text)));
        return v == null ? null : v.clone();
    }

    /** Appends the embeddings of texts not stored yet and forces them to disk. */
    public synchronized void putAll(List<String> texts, float[][] vectors) {
        if (texts.size() != vectors.length) {
            throw new IllegalArgumentException(texts.size() + " texts but " + vectors.length + " vectors");
        }
        if (texts.isEmpty()) return;
        int dim = vectors[0].length;
        if (dimension != 0 && dim != dimension) {
            throw new IllegalArgumentException("vectors have " + dim + " entries, the cache of " + modelId + " holds " + dimension);
        }
        int recordBytes = 4 + 32 + 4 * dim + 4;
        ByteBuffer buf = ByteBuffer.allocate(recordBytes * texts.size()).order(ByteOrder.LITTLE_ENDIAN);
        Map<ByteBuffer, float[]> fresh = new HashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            if (vectors[i].length != dim) throw new IllegalArgumentException("vector " + i + " has " + vectors[i].length + " entries, expected " + dim);
            byte[] k = key(texts.get(i));
            ByteBuffer kb = ByteBuffer.wrap(k);
            if (entries.containsKey(kb) || fresh.containsKey(kb)) continue;
            int start = buf.position();
            buf.putInt(dim).put(k);
            for (float f : vectors[i]) buf.putFloat(f);
            CRC32 crc = new CRC32();
            crc.update(buf.array(), start, buf.position() - start);
            buf.putInt((int) crc.getValue());
            fresh.put(kb, vectors[i].clone());
        }
        if (fresh.isEmpty()) return;
        buf.flip();
        try {
            if (writer == null) openSegment(dim);
            while (buf.hasRemaining()) writer.write(buf);
            writer.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to the embedding cache in " + folder + ": " + e.getMessage(), e);
        }
        entries.putAll(fresh);
        dimension = dim;
    }

    @Override public synchronized void close() {
        if (writer == null) return;
        try {
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close a segment in " + folder + ": " + e.getMessage(), e);
        } finally {
            writer = null;
        }
    }

    private void openSegment(int dim) throws IOException {
        Files.createDirectories(folder);
        String name = String.format("%d-%d-%d.seg", System.currentTimeMillis(), ProcessHandle.current().pid(),
                SEGMENT_COUNTER.incrementAndGet());
        writer = FileChannel.open(folder.resolve(name), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        byte[] id = modelId.getBytes(StandardCharsets.UTF_8);
        ByteBuffer h = ByteBuffer.allocate(MAGIC.length + 8 + id.length).order(ByteOrder.LITTLE_ENDIAN);
        h.put(MAGIC).putInt(dim).putInt(id.length).put(id).flip();
        while (h.hasRemaining()) writer.write(h);
    }

    private void load() {
        if (!Files.isDirectory(folder)) return;
        try (Stream<Path> files = Files.list(folder)) {
            for (Iterator<Path> it = files.filter(p -> p.toString().endsWith(".seg")).sorted().iterator(); it.hasNext(); ) {
                readSegment(it.next());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the embedding cache in " + folder + ": " + e.getMessage(), e);
        }
    }

    private void readSegment(Path file) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        if (b.remaining() < MAGIC.length + 8) {
            tornBytes += b.remaining(); // killed before its header was written
            return;
        }
        byte[] magic = new byte[MAGIC.length];
        b.get(magic);
        if (!java.util.Arrays.equals(magic, MAGIC)) throw new IllegalStateException(file + ": not an embedding segment (bad magic)");
        int dim = b.getInt();
        int idLen = b.getInt();
        if (idLen < 0 || idLen > b.remaining()) {
            tornBytes += b.remaining();
            return;
        }
        byte[] id = new byte[idLen];
        b.get(id);
        String fileModel = new String(id, StandardCharsets.UTF_8);
        if (!fileModel.equals(modelId)) throw new IllegalStateException(file + ": segment of model " + fileModel + " in the folder of " + modelId);
        if (dimension != 0 && dim != dimension) throw new IllegalStateException(file + ": dimension " + dim + ", other segments have " + dimension);
        int recordBytes = 4 + 32 + 4 * dim + 4;
        while (b.remaining() >= recordBytes) {
            int start = b.position();
            int len = b.getInt();
            if (len != dim) break; // garbage where a record should start: a torn tail
            byte[] k = new byte[32];
            b.get(k);
            float[] v = new float[dim];
            for (int i = 0; i < dim; i++) v[i] = b.getFloat();
            CRC32 crc = new CRC32();
            crc.update(b.array(), start, b.position() - start);
            if ((int) crc.getValue() != b.getInt()) {
                b.position(start);
                break;
            }
            entries.put(ByteBuffer.wrap(k), v);
        }
        tornBytes += b.remaining();
        dimension = dim;
    }
}
