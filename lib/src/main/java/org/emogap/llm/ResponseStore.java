package org.emogap.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
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
 * <p>One process per store: {@link #open} takes an exclusive lock on {@code <store>.lock} beside the
 * file and holds it until {@link #close}, so a second run on the same store stops at once with a
 * {@link StoreLockedException} naming the holder (pid, host, start time) instead of asking and
 * paying for the same samples again; {@link #open(Path, Duration)} waits for the lock instead. Lines
 * are appended in append mode, one write each; a reader (the aggregator, a status table) may read
 * while a run appends and skips a last line that is still being written.
 *
 * <p>The in-memory index keeps 128 bits of each key and its latest status (about 100 bytes a sample),
 * so a store of 640,000 samples is indexed in well under 100 MB; records themselves are streamed.
 */
public final class ResponseStore implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final FileChannel channel;
    private final Map<K, Status> index = new HashMap<>();
    private final boolean repairedTornTail;

    record K(long hi, long lo) {
        static K of(String hex) {
            return new K(Long.parseUnsignedLong(hex.substring(0, 16), 16), Long.parseUnsignedLong(hex.substring(16, 32), 16));
        }

        /** The first 32 hex digits at {@code off}, without making a string. */
        static K of(char[] c, int off) {
            long hi = 0, lo = 0;
            for (int i = 0; i < 16; i++) hi = hi << 4 | digit(c[off + i]);
            for (int i = 16; i < 32; i++) lo = lo << 4 | digit(c[off + i]);
            return new K(hi, lo);
        }

        private static int digit(char ch) {
            int d = Character.digit(ch, 16);
            if (d < 0) throw new IllegalArgumentException("key holds '" + ch + "', not a hex digit");
            return d;
        }
    }

    /** What a full read saw. */
    public record ReadStats(long records, boolean tornTail) {}

    private ResponseStore(Path file, Duration wait) throws IOException {
        this.file = file;
        if (file.getParent() != null) Files.createDirectories(file.getParent());
        Path lockFile = lockFile(file);
        lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileLock l = null;
        try {
            l = acquire(lockChannel, wait);
            if (l == null) {
                throw new StoreLockedException(file, holder(lockFile));
            }
            lockChannel.truncate(0);
            lockChannel.write(ByteBuffer.wrap(describeThisProcess().getBytes(StandardCharsets.UTF_8)), 0);
            lockChannel.force(false);
            try (FileChannel repair = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                this.repairedTornTail = cutTornTail(repair);
            }
            // the aggregator's parser (fields it needs only, on every core): a full record per line made
            // opening a 300 MB store take seconds
            SampleFields.parseAhead(file, f -> index.put(f.keyBits, f.status));
            this.channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        } catch (IOException | RuntimeException e) {
            if (l != null) l.release();
            lockChannel.close();
            throw e;
        }
        this.lock = l;
    }

    /** Opens (creating if needed) a store file for appending, indexing what it holds; refuses a store another run holds. */
    public static ResponseStore open(Path file) {
        return open(file, Duration.ZERO);
    }

    /**
     * As {@link #open(Path)}, but waits up to {@code wait} for another run to release the store.
     *
     * @throws StoreLockedException when the store is still held after {@code wait}
     */
    public static ResponseStore open(Path file, Duration wait) {
        try {
            return new ResponseStore(file, wait);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open response store " + file + ": " + e.getMessage(), e);
        }
    }

    /** The lock file beside a store: {@code <store>.lock}, holding the holder's pid, host and start time. */
    public static Path lockFile(Path store) {
        return store.resolveSibling(store.getFileName() + ".lock");
    }

    private static FileLock acquire(FileChannel ch, Duration wait) throws IOException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            try {
                FileLock l = ch.tryLock();
                if (l != null) return l;
            } catch (OverlappingFileLockException heldHere) {
                // this JVM holds it already (another open store object): locked all the same
            }
            if (System.nanoTime() >= deadline) return null;
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
    }

    private static String holder(Path lockFile) {
        try {
            String s = Files.readString(lockFile, StandardCharsets.UTF_8).strip();
            return s.isEmpty() ? "a process that has not yet said who it is" : s;
        } catch (IOException e) {
            return "another process (" + lockFile + " cannot be read: " + e.getMessage() + ")";
        }
    }

    private static String describeThisProcess() {
        ProcessHandle me = ProcessHandle.current();
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "unknown host";
        }
        String started = me.info().startInstant().map(Instant::toString).orElse("unknown time");
        return "pid " + me.pid() + " on " + host + ", started " + started;
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
        byte[] line = r.toJsonLine(true);
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
            if (lockChannel.isOpen()) {
                lock.release();
                lockChannel.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close " + file + ": " + e.getMessage(), e);
        }
    }

    private static boolean cutTornTail(FileChannel channel) throws IOException {
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

    static boolean isBlank(byte[] b, int off, int len) {
        for (int i = off; i < off + len; i++) if (b[i] != ' ' && b[i] != '\t' && b[i] != '\r') return false;
        return true;
    }


    /** One complete line of a store as bytes ({@code len} bytes from {@code off}; valid only during the call). */
    @FunctionalInterface
    interface RawLine {
        void line(byte[] buf, int off, int len, long number);
    }

    /**
     * Complete lines of a store file as bytes, without decoding them: the aggregator's fast path
     * ({@link SampleFields} parses only the fields it needs). A torn last line is skipped as by {@link #read}.
     */
    static ReadStats scan(Path file, RawLine sink) {
        if (!Files.exists(file)) return new ReadStats(0, false);
        long n = 0;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 16];
            byte[] carry = new byte[1 << 12];
            int carried = 0, len;
            while ((len = in.readNBytes(buf, 0, buf.length)) > 0) {
                int start = 0;
                for (int i = nextNewline(buf, 0, len); i < len; i = nextNewline(buf, i + 1, len)) {
                    n++;
                    if (carried == 0) {
                        sink.line(buf, start, i - start, n);
                    } else {
                        carry = append(carry, carried, buf, start, i - start);
                        sink.line(carry, 0, carried + i - start, n);
                        carried = 0;
                    }
                    start = i + 1;
                }
                if (start < len) {
                    carry = append(carry, carried, buf, start, len - start);
                    carried += len - start;
                }
            }
            return new ReadStats(n, carried > 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static final java.lang.invoke.VarHandle LONGS =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
    private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL, LOW = 0x0101010101010101L, HIGH = 0x8080808080808080L;

    /**
     * Index of the first '\n' in {@code buf[from, len)}, or {@code len}: eight bytes at a time (a
     * word with a zero byte after XOR with "\n\n\n\n\n\n\n\n" holds a newline), which halves
     * the time of reading a store.
     */
    static int nextNewline(byte[] buf, int from, int len) {
        int i = from;
        for (; i + 8 <= len; i += 8) {
            long x = (long) LONGS.get(buf, i) ^ NEWLINES;
            long found = (x - LOW) & ~x & HIGH;
            if (found != 0) return i + (Long.numberOfTrailingZeros(found) >>> 3);
        }
        for (; i < len; i++) if (buf[i] == '\n') return i;
        return len;
    }

    private static byte[] append(byte[] to, int used, byte[] from, int off, int len) {
        if (used + len > to.length) to = java.util.Arrays.copyOf(to, Math.max(to.length * 2, used + len));
        System.arraycopy(from, off, to, used, len);
        return to;
    }

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
        SampleFields.parseAhead(file, f -> last.put(f.keyBits, f.status));
        Map<Status, Integer> m = new EnumMap<>(Status.class);
        for (Status s : last.values()) m.merge(s, 1, Integer::sum);
        return m;
    }
}
