package org.emogap.compare;

import org.emogap.RunMode;
import org.emogap.data.Agreement;
import org.emogap.data.HumanItems;
import org.emogap.judgment.ModelItems;
import org.emogap.judgment.Temperature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.*;

class GoReportTest {
    static final List<String> LABELS = List.of("a", "b", "c", "d", "e");

    /** 60 synthetic items with 3–5 raters who each tick 1–2 labels, drawn from a seeded generator. */
    static HumanItems humans() {
        SplittableRandom r = new SplittableRandom(1);
        int n = 60, k = LABELS.size();
        String[] ids = new String[n], agr = new String[n];
        double[] rates = new double[n * k];
        int[] nr = new int[n];
        byte[][] ratings = new byte[n][];
        for (int i = 0; i < n; i++) {
            ids[i] = "item" + i;
            nr[i] = 3 + r.nextInt(3);
            ratings[i] = new byte[nr[i] * k];
            int favourite = r.nextInt(k);
            int[] counts = new int[k];
            for (int j = 0; j < nr[i]; j++) {
                int l = r.nextDouble() < 0.6 ? favourite : r.nextInt(k);
                ratings[i][j * k + l] = 1;
                if (r.nextDouble() < 0.2) ratings[i][j * k + (l + 1) % k] = 1;
            }
            for (int j = 0; j < nr[i]; j++) for (int l = 0; l < k; l++) counts[l] += ratings[i][j * k + l];
            for (int l = 0; l < k; l++) rates[i * k + l] = counts[l] / (double) nr[i];
            agr[i] = Agreement.of(counts, nr[i]).label();
        }
        return new HumanItems(LABELS, ids, rates, nr, agr, ratings, "synthetic", "synthetic-60");
    }

    static ModelItems model(String name, String kind, double noise, long seed) {
        HumanItems h = humans();
        SplittableRandom r = new SplittableRandom(seed);
        double[] v = h.rates();
        for (int i = 0; i < v.length; i++) v[i] = Math.min(1, Math.max(0, v[i] + noise * (r.nextDouble() - 0.5)));
        int[] ns = new int[h.n()], nf = new int[h.n()];
        java.util.Arrays.fill(ns, 10);
        nf[3] = 2;
        return new ModelItems(name, kind, Temperature.POOLED_LABEL, "rates", h.ids(), v, ns, nf);
    }

    @Test
    void buildsEveryTableAndWritesTheSameBytesTwice(@TempDir Path dir) throws Exception {
        HumanItems h = humans();
        List<ModelItems> models = List.of(model("close", "llm", 0.1, 2), model("far", "encoder", 0.9, 3));
        GoReport a = GoReport.build(h, models, new GoReport.Options(42, 200, 4, RunMode.EMOGAP));
        Table s = a.modelSummary();
        assertEquals(2, s.rowCount());
        for (int r = 0; r < 2; r++) {
            double m = s.doubleColumn("jsd_mean").get(r);
            assertTrue(s.doubleColumn("jsd_ci_low").get(r) <= m && m <= s.doubleColumn("jsd_ci_high").get(r));
        }
        // the noisier model is further from the humans
        assertTrue(s.doubleColumn("jsd_mean").get(0) < s.doubleColumn("jsd_mean").get(1));
        assertEquals(2 / 600.0, s.doubleColumn("failed_share").get(0), 1e-15);
        Table t = a.tests();
        assertTrue(t.stringColumn("test").contains("kruskal_wallis_agreement"));
        assertTrue(t.stringColumn("test").contains("mann_whitney_models"));
        assertTrue(t.stringColumn("test").contains("mann_whitney_kinds"));
        assertEquals(LABELS.size(), a.categoryClusters(4).rowCount());

        Path d1 = Files.createDirectories(dir.resolve("one")), d2 = Files.createDirectories(dir.resolve("two"));
        List<Path> w1 = a.write(d1);
        List<Path> w2 = GoReport.build(h, models, new GoReport.Options(42, 200, 4, RunMode.EMOGAP)).write(d2);
        assertEquals(7, w1.size());
        for (int i = 0; i < w1.size(); i++) {
            assertArrayEquals(Files.readAllBytes(w1.get(i)), Files.readAllBytes(w2.get(i)), w1.get(i).getFileName().toString());
        }
        String header = Files.readAllLines(d1.resolve("model_summary.csv")).get(0);
        assertTrue(header.startsWith("model,kind,temperature,value_type,n_items"), header);
    }

    @Test
    void withoutModelsStillReportsTheHumanSide() {
        GoReport r = GoReport.build(humans(), List.of(), new GoReport.Options(42, 100, 3, RunMode.EMOGAP));
        assertEquals(0, r.modelSummary().rowCount());
        assertTrue(r.noiseFloor().rowCount() > 0);
        assertTrue(r.tests().stringColumn("model").contains("human:finite_sample"));
        assertEquals(60, r.distributions().rowCount());
    }
}
