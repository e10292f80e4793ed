package org.emogap.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.emogap.io.CsvReader;

/**
 * EmoBank (Buechel & Hahn 2017): individual VAD ratings per text, joined with the texts and
 * their train/dev/test split from the published corpus {@code emobank.csv} (and, as an option,
 * the texts only in {@code raw.csv}).
 */
public final class EmoBank {
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
        CsvReader.read(corpusFile, List.of("id", "split", "text"), (row) -> {
            String split = row.get("split");
            if (!SPLITS.contains(split)) throw row.error("split is '" + split + "', expected train, dev or test");
            if (texts.putIfAbsent(id(row), new String[]{row.get("text"), split}) != null) throw row.error("id " + id(row) + " appears twice");
        });
        if (rawFile != null) {
            CsvReader.read(rawFile, List.of("id", "text"), row -> texts.putIfAbsent(id(row), new String[]{row.get("text"), "none"}));
        }
        Map<String, int[]> ratings = new HashMap<>(texts.size() * 2); // id -> flat V,A,D,... with count in slot 0
        long[] c = new long[4]; // read, all-ones, dropped, without text
        CsvReader.read(ratingsFile, List.of("id", "V", "A", "D"), row -> {
            c[0]++;
            int v = rating(row, "V"), a = rating(row, "A"), d = rating(row, "D");
            boolean allOnes = v == 1 && a == 1 && d == 1;
            if (allOnes) c[1]++;
            if (!texts.containsKey(id(row))) {
                c[3]++;
                return;
            }
            if (allOnes && options.dropAllOnes()) {
                c[2]++;
                return;
            }
            int[] buf = ratings.computeIfAbsent(id(row), k -> new int[1 + 3 * 6]);
            int n = buf[0];
            if (1 + 3 * (n + 1) > buf.length) {
                buf = Arrays.copyOf(buf, buf.length * 2);
                ratings.put(id(row), buf);
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

    /** A row's non-empty id. */
    private static String id(CsvReader.Row row) {
        String id = row.get("id").strip();
        if (id.isEmpty()) throw row.error("empty id");
        return id;
    }

    /** A rating column's integer on the 1–5 scale. */
    private static int rating(CsvReader.Row row, String column) {
        String v = row.get(column).strip();
        int x;
        try {
            x = Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw row.error("column " + column + " is '" + v + "', expected an integer rating 1-5");
        }
        if (x < 1 || x > 5) throw row.error("column " + column + " is " + x + ", outside the rating scale 1-5");
        return x;
    }
}
