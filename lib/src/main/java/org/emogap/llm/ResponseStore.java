package org.emogap.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The append-only sample store: one JSON line per sample, written whole (one write of the complete
 * line) only once the sample is finished. A process killed mid-write leaves at most a torn last line
 * without its line break: readers ignore it and {@link #open} cuts it off before appending. When a
 * key appears more than once (an error retried on request) the last record wins.
 *
 * <p>The in-memory index keeps 128 bits of each key and its latest status (about 100 bytes a sample),
 * so a store of 640,000 samples is indexed in well under 100 MB; records themselves are streamed.
 */
public final class ResponseStore implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final FileChannel channel;
    private final Map<K, Status> index = new HashMap<>();
    private final boolean repairedTornTail;

    record K(long hi, long lo) {
        static K of(String hex) {
            return new K(Long.parseUnsignedLong(hex.substring(0, 16), 16), Long.parseUnsignedLong(hex.substring(16, 32), 16));
        }
    }

    /** What a full read saw. */
    public record ReadStats(long records, boolean tornTail) {}

    private ResponseStore(Path file) throws IOException {
        this.file = file;
        if (file.getParent() != null) Files.createDirectories(file.getParent());
        this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        this.repairedTornTail = cutTornTail();
        read(file, r -> index.put(K.of(r.key()), r.status()));
        channel.position(channel.size());
    }

    /** Opens (creating if needed) a store file for appending, indexing what it holds. */
    public static ResponseStore open(Path file) {
        try {
            return new ResponseStore(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open response store " + file + ": " + e.getMessage(), e);
        }
    }

    public Path file() {
        return file;
    }

    /** True when opening found (and removed) a torn last line from an interrupted write. */
    public boolean repairedTornTail() {
        return repairedTornTail;
    }

    /** Appends one finished sample; thread-safe. */
    public void append(SampleRecord r) {
        byte[] line = (r.toJson() + "\n").getBytes(StandardCharsets.UTF_8);
        synchronized (this) {
            try {
                ByteBuffer b = ByteBuffer.wrap(line);
                while (b.hasRemaining()) channel.write(b);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot append to " + file + ": " + e.getMessage(), e);
            }
            index.put(K.of(r.key()), r.status());
        }
    }

    /** The latest status stored under a key, or null when the key has no record. */
    public synchronized Status status(String key) {
        return index.get(K.of(key));
    }

    /** Number of distinct keys stored. */
    public synchronized int size() {
        return index.size();
    }

    /** Distinct keys by latest status. */
    public synchronized Map<Status, Integer> statusCounts() {
        Map<Status, Integer> m = new EnumMap<>(Status.class);
        for (Status s : index.values()) m.merge(s, 1, Integer::sum);
        return m;
    }

    /** Flushes to the device (the OS already holds every appended line; this guards power loss). */
    @Override public synchronized void close() {
        try {
            if (channel.isOpen()) {
                channel.force(true);
                channel.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close " + file + ": " + e.getMessage(), e);
        }
    }

    private boolean cutTornTail() throws IOException {
        long size = channel.size();
        if (size == 0) return false;
        ByteBuffer one = ByteBuffer.allocate(1);
        channel.read(one, size - 1);
        if (one.get(0) == '\n') return false;
        // Walk back to the last complete line; everything after it is an unfinished write.
        long pos = size - 1;
        ByteBuffer chunk = ByteBuffer.allocate(8192);
        while (pos > 0) {
            long from = Math.max(0, pos - chunk.capacity());
            chunk.clear().limit((int) (pos - from));
            channel.read(chunk, from);
            for (int i = chunk.position() - 1; i >= 0; i--) {
                if (chunk.get(i) == '\n') {
                    channel.truncate(from + i + 1);
                    return true;
                }
            }
            pos = from;
        }
        channel.truncate(0);
        return true;
    }

    /**
     * Streams every complete record of a store file in file order (duplicates included; see
     * {@link Aggregator} for last-wins). A last line without its line break is a torn write and is
     * skipped; any other bad line is an error naming {@code file:line}. A missing file has no records.
     */
    public static ReadStats read(Path file, Consumer<SampleRecord> sink) {
        long[] line = {0};
        return lines(file, s -> {
            line[0]++;
            if (s.isBlank()) return;
            try {
                sink.accept(SampleRecord.fromJson(JSON.readTree(s)));
            } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
                throw new IllegalArgumentException(file + ":" + line[0] + ": not a sample record: " + e.getMessage(), e);
            }
        });
    }

    /**
     * Streams only the key of every complete record, in file order: a record written by this class
     * starts with its key, so the line need not be parsed (other lines are parsed).
     */
    public static ReadStats readKeys(Path file, Consumer<String> sink) {
        long[] line = {0};
        return lines(file, s -> {
            line[0]++;
            if (s.isBlank()) return;
            if (s.startsWith(KEY_PREFIX) && s.length() > KEY_PREFIX.length() + 64 && s.charAt(KEY_PREFIX.length() + 64) == '"') {
                sink.accept(s.substring(KEY_PREFIX.length(), KEY_PREFIX.length() + 64));
                return;
            }
            try {
                sink.accept(SampleRecord.fromJson(JSON.readTree(s)).key());
            } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
                throw new IllegalArgumentException(file + ":" + line[0] + ": not a sample record: " + e.getMessage(), e);
            }
        });
    }

    private static final String KEY_PREFIX = "{\"key\":\"";

    /** Complete lines (ending in a line break) of a file; the count of them and whether a torn tail followed. */
    private static ReadStats lines(Path file, Consumer<String> sink) {
        if (!Files.exists(file)) return new ReadStats(0, false);
        long n = 0;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 16];
            ByteArrayOutputStream line = new ByteArrayOutputStream(1024);
            int len;
            while ((len = in.read(buf)) > 0) {
                int start = 0;
                for (int i = 0; i < len; i++) {
                    if (buf[i] != '\n') continue;
                    line.write(buf, start, i - start);
                    sink.accept(line.toString(StandardCharsets.UTF_8));
                    line.reset();
                    n++;
                    start = i + 1;
                }
                line.write(buf, start, len - start);
            }
            return new ReadStats(n, line.size() > 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Distinct keys in a store file by latest status, without opening it for writing. */
    public static Map<Status, Integer> statusCounts(Path file) {
        Map<K, Status> last = new HashMap<>();
        read(file, r -> last.put(K.of(r.key()), r.status()));
        Map<Status, Integer> m = new EnumMap<>(Status.class);
        for (Status s : last.values()) m.merge(s, 1, Integer::sum);
        return m;
    }
}
