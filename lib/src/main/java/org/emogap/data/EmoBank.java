package org.emogap.data;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * EmoBank (Buechel & Hahn 2017): individual VAD ratings per text, joined with the texts and
 * their train/dev/test split from the published corpus {@code emobank.csv} (and, as an option,
 * the texts only in {@code raw.csv}).
 */
public final class EmoBank {
    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();
    private static final Set<String> SPLITS = Set.of("train", "dev", "test");

    private EmoBank() {}

    /** Loads the project's copies (fetched through {@link Fetch}). */
    public static EmoBankData load(EmoBankOptions options) {
        Fetch fetch = Fetch.standard();
        Path ratings = fetch.get(options.perspective().source());
        Path corpus = fetch.get("emobank_corpus");
        Path raw = options.includeUnsplit() ? fetch.get("emobank_raw") : null;
        return load(ratings, corpus, raw, options);
    }

    /**
     * Loads the given files: individual ratings ({@code id,V,A,D}), the corpus
     * ({@code id,split,…,text}) and, when not null, {@code raw.csv} ({@code id,text}) for texts
     * outside the corpus.
     */
    public static EmoBankData load(Path ratingsFile, Path corpusFile, Path rawFile, EmoBankOptions options) {
        Map<String, String[]> texts = new LinkedHashMap<>(); // id -> {text, split}
        readCsv(corpusFile, List.of("id", "split", "text"), (row) -> {
            String split = row.get("split");
            if (!SPLITS.contains(split)) throw row.error("split is '" + split + "', expected train, dev or test");
            if (texts.putIfAbsent(row.id(), new String[]{row.get("text"), split}) != null) throw row.error("id " + row.id() + " appears twice");
        });
        if (rawFile != null) {
            readCsv(rawFile, List.of("id", "text"), row -> texts.putIfAbsent(row.id(), new String[]{row.get("text"), "none"}));
        }
        Map<String, int[]> ratings = new HashMap<>(texts.size() * 2); // id -> flat V,A,D,... with count in slot 0
        long[] c = new long[4]; // read, all-ones, dropped, without text
        readCsv(ratingsFile, List.of("id", "V", "A", "D"), row -> {
            c[0]++;
            int v = row.rating("V"), a = row.rating("A"), d = row.rating("D");
            boolean allOnes = v == 1 && a == 1 && d == 1;
            if (allOnes) c[1]++;
            if (!texts.containsKey(row.id())) {
                c[3]++;
                return;
            }
            if (allOnes && options.dropAllOnes()) {
                c[2]++;
                return;
            }
            int[] buf = ratings.computeIfAbsent(row.id(), k -> new int[1 + 3 * 6]);
            int n = buf[0];
            if (1 + 3 * (n + 1) > buf.length) {
                buf = Arrays.copyOf(buf, buf.length * 2);
                ratings.put(row.id(), buf);
            }
            buf[1 + 3 * n] = v;
            buf[2 + 3 * n] = a;
            buf[3 + 3 * n] = d;
            buf[0] = n + 1;
        });
        List<EmoText> out = new ArrayList<>(texts.size());
        long without = 0;
        for (Map.Entry<String, String[]> e : texts.entrySet()) {
            int[] buf = ratings.get(e.getKey());
            if (buf == null) {
                without++;
                continue;
            }
            int[][] r = new int[buf[0]][];
            for (int i = 0; i < r.length; i++) r[i] = new int[]{buf[1 + 3 * i], buf[2 + 3 * i], buf[3 + 3 * i]};
            out.add(new EmoText(e.getKey(), e.getValue()[0], e.getValue()[1], r));
        }
        List<Path> files = new ArrayList<>(List.of(ratingsFile, corpusFile));
        if (rawFile != null) files.add(rawFile);
        return new EmoBankData(out, options.perspective(), files, c[0], c[1], c[2], c[3], without);
    }

    /** One data row of a headed CSV, with errors that name the file and line. */
    static final class Row {
        private final Path file;
        private final long line;
        private final CSVRecord record;
        private final Map<String, Integer> col;

        Row(Path file, long line, CSVRecord record, Map<String, Integer> col) {
            this.file = file;
            this.line = line;
            this.record = record;
            this.col = col;
        }

        String get(String column) { return record.get(col.get(column)); }

        String id() {
            String id = get("id").strip();
            if (id.isEmpty()) throw error("empty id");
            return id;
        }

        int rating(String column) {
            String v = get(column).strip();
            int x;
            try {
                x = Integer.parseInt(v);
            } catch (NumberFormatException e) {
                throw error("column " + column + " is '" + v + "', expected an integer rating 1-5");
            }
            if (x < 1 || x > 5) throw error("column " + column + " is " + x + ", outside the rating scale 1-5");
            return x;
        }

        DataFileException error(String reason) { return new DataFileException(file, line, reason); }
    }

    /** Reads a headed CSV, checking the required columns and each row's width. */
    static void readCsv(Path file, List<String> required, Consumer<Row> each) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSV.parse(in)) {
            Iterator<CSVRecord> it = parser.iterator();
            if (!it.hasNext()) throw new DataFileException(file, 1, "empty file, expected a header row");
            CSVRecord header = it.next();
            Map<String, Integer> col = new HashMap<>();
            for (int i = 0; i < header.size(); i++) col.putIfAbsent(header.get(i).strip().replace("\uFEFF", ""), i);
            List<String> missing = required.stream().filter(r -> !col.containsKey(r)).toList();
            if (!missing.isEmpty()) throw new DataFileException(file, 1, "missing column(s) " + missing);
            long lineEnd = parser.getCurrentLineNumber();
            while (true) {
                CSVRecord r;
                long line = lineEnd + 1;
                try {
                    if (!it.hasNext()) break;
                    r = it.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    Throwable t = e;
                    while (t.getCause() != null) t = t.getCause();
                    throw new DataFileException(file, line, "malformed CSV: " + t.getMessage(), e);
                }
                lineEnd = parser.getCurrentLineNumber();
                if (r.size() != header.size()) {
                    throw new DataFileException(file, line, "expected " + header.size() + " fields as in the header, found " + r.size());
                }
                each.accept(new Row(file, line, r, col));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
