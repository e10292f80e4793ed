package org.emogap.llm;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;

import org.emogap.io.DataFileException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.Arrays;

/**
 * The fields of a stored sample the aggregator reads, parsed from the line's bytes with Jackson's
 * streaming parser into one reused object: the answer text, detail and log-probabilities are
 * skipped without being decoded. It reads what {@link SampleRecord#toJson} writes (checked in a
 * test against {@link SampleRecord#fromJson} on every field it keeps). Why not the record itself:
 * building a full JSON tree and record per line made aggregation 3x slower.
 */
final class SampleFields {
    // FastDoubleParser: correctly rounded like Double.parseDouble, several times quicker on "0.0"-style values
    private static final JsonFactory JSON = JsonFactory.builder().enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER).build();

    String dataset, item, model, provider, baseUrl, apiModel, prompt, identity;
    /** The key's first 128 bits (what the store indexes); the key itself is not kept. */
    ResponseStore.K keyBits;
    Mode mode;
    Status status;
    double temperature;
    /** The sample's number within its (model, temperature, item); -1 when the line has none. */
    int sample;
    double[] value = new double[28];
    int valueLength = -1; // -1: no value (null)

    /**
     * The strings that repeat from line to line (dataset, model, provider, URL, prompt), kept per
     * parsing thread so a line that repeats the last value reuses its string instead of making one.
     */
    static final class Repeats {
        final String[] last = new String[8];

        String text(JsonParser p, int slot) throws IOException {
            String l = last[slot];
            int n = p.getTextLength();
            if (l != null && l.length() == n) {
                char[] c = p.getTextCharacters();
                int o = p.getTextOffset();
                boolean same = true;
                for (int i = 0; i < n && same; i++) same = c[o + i] == l.charAt(i);
                if (same) return l;
            }
            return last[slot] = p.getText();
        }
    }

    /** Parses one line; a line that is not a sample record is an {@link IllegalArgumentException}. */
    void parse(byte[] buf, int off, int len) {
        parse(buf, off, len, new Repeats());
    }

    void parse(byte[] buf, int off, int len, Repeats rep) {
        keyBits = null;
        dataset = item = model = provider = baseUrl = apiModel = prompt = identity = null;
        mode = null;
        status = null;
        temperature = Double.NaN;
        sample = -1;
        valueLength = -1;
        try (JsonParser p = JSON.createParser(buf, off, len)) {
            if (p.nextToken() != JsonToken.START_OBJECT) throw new IllegalArgumentException("not a JSON object");
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String f = p.currentName();
                JsonToken t = p.nextToken();
                if (t == JsonToken.VALUE_NULL) continue;
                switch (f) {
                    case "key" -> {
                        if (p.getTextLength() != 64) throw new IllegalArgumentException("key '" + p.getText() + "' is not a SHA-256 hex digest");
                        keyBits = ResponseStore.K.of(p.getTextCharacters(), p.getTextOffset());
                    }
                    case "dataset" -> dataset = rep.text(p, 0);
                    case "item" -> item = p.getText();
                    case "model" -> model = rep.text(p, 1);
                    case "provider" -> provider = rep.text(p, 2);
                    case "base_url" -> baseUrl = rep.text(p, 3);
                    case "api_model" -> apiModel = rep.text(p, 4);
                    case "prompt" -> prompt = rep.text(p, 5);
                    case "mode" -> mode = Mode.of(rep.text(p, 6));
                    case "status" -> status = Status.of(rep.text(p, 7));
                    case "temperature" -> temperature = p.getValueAsDouble();
                    case "sample" -> sample = p.getValueAsInt(-1);
                    case "value" -> {
                        valueLength = 0;
                        while (p.nextToken() != JsonToken.END_ARRAY) {
                            if (valueLength == value.length) value = Arrays.copyOf(value, value.length * 2);
                            value[valueLength++] = number(p);
                        }
                    }
                    case "provenance" -> {
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String name = p.currentName();
                            p.nextToken();
                            if (name.equals("identity")) identity = p.getText();
                            else p.skipChildren();
                        }
                    }
                    default -> p.skipChildren();
                }
            }
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new IllegalArgumentException("not JSON: " + e.getMessage(), e);
        }
        if (keyBits == null) throw missing("key");
        if (dataset == null) throw missing("dataset");
        if (item == null) throw missing("item");
        if (model == null) throw missing("model");
        if (prompt == null) throw missing("prompt");
        if (mode == null) throw new IllegalArgumentException("field 'mode' is missing");
        if (status == null) throw new IllegalArgumentException("field 'status' is missing");
        if (Double.isNaN(temperature)) throw new IllegalArgumentException("field 'temperature' is missing");
    }

    /**
     * A number token: "d.0" (every multi-hot entry) read directly, since a whole number is exact;
     * anything else through Jackson's correctly rounded parser. Same value either way.
     */
    private static double number(JsonParser p) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NUMBER_FLOAT && p.getTextLength() == 3) {
            char[] c = p.getTextCharacters();
            int o = p.getTextOffset();
            if (c[o + 1] == '.' && c[o + 2] == '0' && c[o] >= '0' && c[o] <= '9') return c[o] - '0';
        }
        return p.getValueAsDouble();
    }

    private static IllegalArgumentException missing(String field) {
        return new IllegalArgumentException("field '" + field + "' is missing");
    }

    DataFileException error;

    /**
     * Hands every record of a store to {@code each} in file order (blank lines skipped). This thread
     * splits the file into lines and adds up; two helper threads parse batches of lines meanwhile,
     * so parsing (the costly half) runs on every core while the order, and so the arithmetic, stay
     * those of one thread. The objects passed are reused: {@code each} must copy what it keeps
     * (strings may be kept; they are never changed). A bad
     * line is a {@link DataFileException} naming the store and line.
     */
    static void parseAhead(Path store, Consumer<SampleFields> each) {
        ExecutorService pool = Executors.newFixedThreadPool(PARSERS, r -> {
            Thread t = new Thread(r, "emogap-aggregate-parse");
            t.setDaemon(true);
            return t;
        });
        ArrayDeque<Future<Batch>> pending = new ArrayDeque<>();
        ArrayDeque<Batch> spare = new ArrayDeque<>(); // consumed batches, reused: no 300 kB of garbage per 512 lines
        Batch[] cur = {new Batch()};
        try {
            ResponseStore.scan(store, (buf, off, len, lineNo) -> {
                if (ResponseStore.isBlank(buf, off, len)) return;
                cur[0].add(buf, off, len, lineNo);
                if (cur[0].n == BATCH) {
                    Batch full = cur[0];
                    pending.add(pool.submit(() -> full.parseAll(store)));
                    drain(pending, 2 * PARSERS, each, spare);
                    cur[0] = spare.isEmpty() ? new Batch() : spare.poll().reset();
                }
            });
            if (cur[0].n > 0) {
                Batch last = cur[0];
                pending.add(pool.submit(() -> last.parseAll(store)));
            }
            drain(pending, 0, each, spare);
        } finally {
            pool.shutdownNow();
        }
    }

    private static final int BATCH = 512, PARSERS = 2;
    private static final ThreadLocal<Repeats> REPEATS = ThreadLocal.withInitial(Repeats::new);

    private static void drain(ArrayDeque<Future<Batch>> pending, int keep, Consumer<SampleFields> each, ArrayDeque<Batch> spare) {
        while (pending.size() > keep) {
            Batch b;
            try {
                b = pending.poll().get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while aggregating", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            }
            for (int i = 0; i < b.n; i++) {
                if (b.fields[i].error != null) throw b.fields[i].error;
                each.accept(b.fields[i]);
            }
            spare.add(b);
        }
    }

    /** Up to {@link #BATCH} raw lines, then their parsed fields. */
    private static final class Batch {
        byte[] bytes = new byte[BATCH * 700];
        final int[] off = new int[BATCH], len = new int[BATCH];
        final long[] line = new long[BATCH];
        final SampleFields[] fields = new SampleFields[BATCH];
        int n, used;

        Batch() {
            for (int i = 0; i < BATCH; i++) fields[i] = new SampleFields();
        }

        Batch reset() {
            n = used = 0;
            return this;
        }

        void add(byte[] buf, int o, int l, long lineNo) {
            if (used + l > bytes.length) bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, used + l));
            System.arraycopy(buf, o, bytes, used, l);
            off[n] = used;
            len[n] = l;
            line[n] = lineNo;
            used += l;
            n++;
        }

        Batch parseAll(Path store) {
            Repeats rep = REPEATS.get();
            for (int i = 0; i < n; i++) {
                SampleFields f = fields[i];
                f.error = null;
                try {
                    f.parse(bytes, off[i], len[i], rep);
                } catch (IllegalArgumentException e) {
                    f.error = new DataFileException(store, line[i], "not a sample record: " + e.getMessage(), e);
                }
            }
            return this;
        }
    }

    boolean ok() {
        return status == Status.OK;
    }

    /** A copy of the value, or null. */
    double[] valueCopy() {
        return valueLength < 0 ? null : Arrays.copyOf(value, valueLength);
    }
}
