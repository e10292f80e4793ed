package org.emogap.bench;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.emogap.data.EmoBank;
import org.emogap.data.EmoBankData;
import org.emogap.data.EmoBankOptions;
import org.emogap.data.EmoText;
import org.emogap.data.GoComment;
import org.emogap.data.GoEmotions;
import org.emogap.data.GoRaw;
import org.emogap.data.GoRawOptions;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * Load + human distributions, timed after warm-up. GoEmotions: the 4,895-row head of the real
 * goemotions_1.csv repeated to 211,225 rows (the size of the three canonical files). Repeat r gets
 * comment id {@code id_(r/4)} and rater id {@code rater_(r%4)}, so each comment collects about as
 * many raters as in the real data and no (comment, rater) pair repeats. The file is generated under
 * target/ and never committed, split into three files as the canonical data is. EmoBank: the real reader ratings and corpus.
 *
 * <p>Run: {@code EMOGAP_DATA_MIRROR=… java -XX:ActiveProcessorCount=2 -cp … org.emogap.bench.DataBench}.
 * Targets: GoEmotions < 2 s, EmoBank < 0.5 s on 2 cores.
 */
public final class DataBench {
    private static final int ROWS = 211_225;
    private static final int WARMUP = 3;
    private static final int RUNS = 5;

    public static void main(String[] args) throws IOException {
        String mirror = System.getenv("EMOGAP_DATA_MIRROR");
        if (mirror == null) throw new IllegalStateException("set EMOGAP_DATA_MIRROR to the data mirror folder");
        Path m = Path.of(mirror);
        Path dir = Path.of(args.length > 0 ? args[0] : "target/bench");
        List<Path> big = generate(m.resolve("goemotions/raw_sample/goemotions_1.head.csv"), dir);
        long bytes = 0;
        for (Path p : big) bytes += Files.size(p);
        System.out.printf("load average %.1f, cores=%d, java=%s, generated %s (%,d bytes)%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), big, bytes);

        time("GoEmotions load + distributions, 211,225 rows", () -> {
            GoRaw raw = GoEmotions.loadRaw(big, "bench", GoRawOptions.defaults());
            double s = 0;
            for (GoComment c : raw.comments()) {
                s += c.distribution()[0] + c.agreement().ordinal();
            }
            return raw.comments().size() + " comments, " + raw.rowsRead() + " rows (checksum " + Math.round(s) + ")";
        });
        Path corpus = m.resolve("emobank/corpus");
        time("EmoBank reader load + means/SDs/histograms/agreement", () -> {
            EmoBankData d = EmoBank.load(corpus.resolve("individual_reader_ratings.csv"), corpus.resolve("emobank.csv"), null, EmoBankOptions.defaults());
            double s = 0;
            for (EmoText t : d.texts()) {
                s += t.mean()[0] + t.sd()[1] + t.histogram()[2][4] + t.agreement().ordinal();
            }
            return d.texts().size() + " texts, " + d.ratingsRead() + " ratings (checksum " + Math.round(s) + ")";
        });
    }

    private static void time(String what, Supplier<String> task) {
        String result = null;
        for (int i = 0; i < WARMUP; i++) result = task.get();
        double[] ms = new double[RUNS];
        double[] cpu = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long c0 = processCpuNanos();
            long t0 = System.nanoTime();
            result = task.get();
            ms[i] = (System.nanoTime() - t0) / 1e6;
            cpu[i] = (processCpuNanos() - c0) / 1e6;
        }
        Arrays.sort(ms);
        Arrays.sort(cpu);
        // CPU time is reported too: on a shared machine the wall clock includes waiting for a core.
        System.out.printf("%s: wall min %.0f ms, median %.0f ms, max %.0f ms; process CPU median %.0f ms; %d runs after %d warm-up; %s%n",
                what, ms[0], ms[RUNS / 2], ms[RUNS - 1], cpu[RUNS / 2], RUNS, WARMUP, result);
    }

    private static long processCpuNanos() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
    }

    private static List<Path> generate(Path head, Path dir) throws IOException {
        List<CSVRecord> rows = new ArrayList<>();
        List<String> header;
        try (Reader in = Files.newBufferedReader(head, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            header = p.getHeaderNames();
            for (CSVRecord r : p) rows.add(r);
        }
        int cId = header.indexOf("id"), cRater = header.indexOf("rater_id");
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>();
        String[] v = new String[header.size()];
        for (int part = 0; part < 3; part++) {
          Path file = dir.resolve("goemotions_bench_" + (part + 1) + ".csv");
          out.add(file);
          try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
               CSVPrinter pr = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
            pr.printRecord(header);
            for (int i = part * ROWS / 3; i < (part + 1) * ROWS / 3; i++) {
                int r = i / rows.size();
                CSVRecord rec = rows.get(i % rows.size());
                for (int c = 0; c < v.length; c++) v[c] = rec.get(c);
                v[cId] = v[cId] + "_" + (r / 4);
                v[cRater] = v[cRater] + "_" + (r % 4);
                pr.printRecord((Object[]) v);
            }
          }
        }
        return out;
    }
}
