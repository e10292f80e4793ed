package org.emogap.llm;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;
import org.emogap.judgment.Judgment;
import org.emogap.judgment.Judgments;
import org.emogap.judgment.Pooling;

class AggregatorTest {
    @TempDir Path dir;
    static final int JOY = 17, LOVE = 18, NEUTRAL = 27;

    static double[] hot(int... idx) {
        double[] v = new double[28];
        for (int i : idx) v[i] = 1;
        return v;
    }

    static SampleRecord go(String key, double t, int sample, Status s, double[] v) {
        return new SampleRecord(SampleKey.sha256(key), "goemotions", "x", "m", "openai", "u", "m", Mode.SAMPLE,
                "goemotions-paper-v1", t, null, 200, 42 + sample, sample, s, v, "raw", null, 200, 1, 10, 2, 5, "a", "b", "stop", null);
    }

    static Judgment find(List<Judgment> js, String model, double t) {
        return js.stream().filter(j -> j.model().equals(model) && Double.compare(j.temperature(), t) == 0).findFirst().orElseThrow();
    }

    @Test
    void ratesPerTemperatureAndPooledWithFailuresCounted() {
        Path f = dir.resolve("s.jsonl");
        try (ResponseStore s = ResponseStore.open(f)) {
            s.append(go("a", 0, 0, Status.OK, hot(JOY)));
            s.append(go("b", 0, 1, Status.OK, hot(JOY, LOVE)));
            s.append(go("c", 0, 2, Status.ERROR, null));
            s.append(go("d", 1, 0, Status.ERROR, null));
            s.append(go("d", 1, 0, Status.OK, hot(NEUTRAL)));          // retried error: supersedes
            s.append(go("e", 1, 1, Status.UNKNOWN_LABEL, hot()));        // only unknown labels
        }
        Aggregator.Result r = Aggregator.judgments(f, "goemotions", Aggregator.Options.defaults());
        assertEquals(6, r.records());
        assertEquals(1, r.superseded());
        // T=0: usable a, b -> joy 2/2, love 1/2; 3 samples, 1 failed
        Judgment t0 = find(r.judgments(), "m", 0);
        assertEquals(1.0, t0.values()[JOY]);
        assertEquals(0.5, t0.values()[LOVE]);
        assertEquals(3, t0.nSamples());
        assertEquals(1, t0.nFailed());
        assertEquals("rates", t0.valueType());
        assertEquals(2, t0.samples().length);
        // T=1: usable d only -> neutral 1; samples d, e; e failed
        Judgment t1 = find(r.judgments(), "m", 1);
        assertEquals(1.0, t1.values()[NEUTRAL]);
        assertEquals(2, t1.nSamples());
        assertEquals(1, t1.nFailed());
        // nothing pooled is written; the one pooling step over the two: usable a, b, d -> joy 2/3,
        // love 1/3, neutral 1/3; 5 samples, 2 failed
        assertEquals(2, r.judgments().size());
        Judgment pooled = Pooling.pool(List.of(t0, t1));
        assertEquals(2.0 / 3, pooled.values()[JOY], 1e-15);
        assertEquals(1.0 / 3, pooled.values()[LOVE], 1e-15);
        assertEquals(1.0 / 3, pooled.values()[NEUTRAL], 1e-15);
        assertEquals(5, pooled.nSamples());
        assertEquals(2, pooled.nFailed());
        assertEquals("true", pooled.provenance().get("pooled"));
        assertEquals("0.0,1.0", pooled.provenance().get("temperatures"));
        assertEquals(3, pooled.samples().length);

        // paper: c (error) and e (unknown only) become neutral -> T=0: joy 2/3, love 1/3, neutral 1/3
        Aggregator.Result p = Aggregator.judgments(f, "goemotions", Aggregator.Options.defaults().withPaper(true));
        Judgment p0 = find(p.judgments(), "m:paper", 0);
        assertEquals(2.0 / 3, p0.values()[JOY], 1e-15);
        assertEquals(1.0 / 3, p0.values()[NEUTRAL], 1e-15);
        // the failure is used (as neutral), so it is not counted failed but named in provenance
        assertEquals(0, p0.nFailed());
        assertEquals("1", p0.provenance().get("failed_as_neutral"));
        // T=1: d neutral, e neutral -> neutral 1; pooled over both, every sample counts: 3/5 neutral
        Judgment p1 = find(p.judgments(), "m:paper", 1);
        assertEquals(1.0, p1.values()[NEUTRAL]);
        assertEquals(3.0 / 5, Pooling.pool(List.of(p0, p1)).values()[NEUTRAL], 1e-15);

        List<Path> files = Aggregator.write(dir.resolve("judgments"), r);
        assertEquals(1, files.size());
        assertEquals(r.judgments().size(), Judgments.read(files.get(0)).size());
    }

    @Test
    void emoBankDistributionsGiveExpectedRatingsAndItemsWithoutUsableSamplesAreSkipped() {
        Path f = dir.resolve("s.jsonl");
        // V all on 4; A half 1 half 3; D all on 5 -> expected 4, 2, 5
        double[] d1 = {0, 0, 0, 1, 0, 0.5, 0, 0.5, 0, 0, 0, 0, 0, 0, 1};
        // V on 2; A on 2; D on 3 -> 2, 2, 3
        double[] d2 = {0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0};
        try (ResponseStore s = ResponseStore.open(f)) {
            for (int i = 0; i < 2; i++) {
                s.append(new SampleRecord(SampleKey.sha256("v" + i), "emobank", "e1", "m", "openai", "u", "m", Mode.VERBALIZED,
                        "emobank-verbalized-v1", 0.7, null, 500, 42 + i, i, Status.OK, i == 0 ? d1 : d2, "raw", null, 200, 1,
                        1, 1, 1, "a", "b", null, null));
            }
            s.append(new SampleRecord(SampleKey.sha256("w"), "emobank", "e2", "m", "openai", "u", "m", Mode.VERBALIZED,
                    "emobank-verbalized-v1", 0.7, null, 500, 42, 0, Status.UNPARSEABLE, null, "nope", null, 200, 1,
                    1, 1, 1, "a", "b", null, null));
        }
        Aggregator.Result r = Aggregator.judgments(f, "emobank", Aggregator.Options.defaults());
        Judgment j = find(r.judgments(), "m:verbalized", 0.7);
        // mean of (4, 2, 5) and (2, 2, 3) = (3, 2, 4)
        assertArrayEquals(new double[]{3, 2, 4}, j.values(), 1e-12);
        assertEquals("vad", j.valueType());
        assertTrue(j.provenance().get("vad_distribution").startsWith("0.0,0.5,0.0,0.5,0.0,0.25,0.5,0.25,"), j.provenance().get("vad_distribution"));
        assertEquals(Map.of("m:verbalized", 1), r.skipped());
        assertEquals(1, r.judgments().size()); // e1 at 0.7
        assertTrue(Aggregator.judgments(f, "goemotions", Aggregator.Options.defaults()).judgments().isEmpty());
    }

    @Test
    void statusTableCountsLatestStatuses() {
        Path f = dir.resolve("s.jsonl");
        try (ResponseStore s = ResponseStore.open(f)) {
            s.append(go("a", 0, 0, Status.OK, hot(JOY)));
            s.append(go("c", 0, 2, Status.ERROR, null));
            s.append(go("c", 0, 2, Status.OK, hot(JOY)));
            s.append(go("e", 1, 1, Status.UNKNOWN_LABEL, hot()));
        }
        var t = Aggregator.statusTable(f);
        assertEquals(2, t.rowCount());
        assertEquals(2, t.intColumn("samples").get(0));
        assertEquals("ok", t.stringColumn("status").get(0));
        assertEquals("unknown_label", t.stringColumn("status").get(1));
    }

    @Test
    void aRenamedModelKeepsItsSamplesAndItsJudgmentsTakeTheNewId() {
        Path f = dir.resolve("s.jsonl");
        ModelConfig old = ModelConfig.openAi("old-name", "http://127.0.0.1:1/v1", "gpt-x", null);
        ModelConfig renamed = ModelConfig.openAi("new-name", "http://127.0.0.1:1/v1", "gpt-x", null);
        Plan p = new Plan("goemotions", List.of(new Item("c1", "t")), List.of(old), List.of(0.0), 1, Prompt.resource("goemotions-paper-v1"), 200, 42, 0);
        Plan.Task t = p.task(old, 0.0, p.items().get(0), 0);
        // the same request under the new name has the same key: nothing is asked again
        assertEquals(t.key(), p.withModels(List.of(renamed)).task(renamed, 0.0, p.items().get(0), 0).key());
        try (ResponseStore s = ResponseStore.open(f)) {
            s.append(new SampleRecord(t.key(), "goemotions", "c1", "old-name", "openai", old.baseUrl(), "gpt-x", Mode.SAMPLE,
                    "goemotions-paper-v1", 0, null, 200, 42, 0, Status.OK, hot(JOY), "raw", null, 200, 1, 10, 2, 5, "a", "b",
                    "stop", null, Map.of("identity", old.identity())));
        }
        assertEquals("old-name", Aggregator.judgments(f, "goemotions", Aggregator.Options.defaults()).judgments().get(0).model());
        assertEquals("new-name", Aggregator.judgments(f, "goemotions", Aggregator.Options.defaults().withModels(List.of(renamed)))
                .judgments().get(0).model());
    }

    @Test
    void samplesOfAnEarlierConfigurationOfAnIdAreNotPooledWithTheCurrentOnes() {
        // e.g. the same id served first on one port, then on another: two servers, two annotators
        Path f = dir.resolve("s.jsonl");
        ModelConfig before = ModelConfig.openAi("m", "http://127.0.0.1:8765/v1", "gpt-x", null);
        ModelConfig now = ModelConfig.openAi("m", "http://127.0.0.1:40000/v1", "gpt-x", null);
        try (ResponseStore s = ResponseStore.open(f)) {
            int k = 0;
            for (ModelConfig c : List.of(before, now)) {
                s.append(new SampleRecord(SampleKey.sha256("k" + k++), "goemotions", "c1", "m", "openai", c.baseUrl(), "gpt-x", Mode.SAMPLE,
                        "goemotions-paper-v1", 0, null, 200, 42, 0, Status.OK, hot(c == before ? JOY : LOVE), "raw", null, 200, 1, 10, 2, 5,
                        "a", "b", "stop", null, Map.of("identity", c.identity())));
            }
        }
        List<Judgment> js = Aggregator.judgments(f, "goemotions", Aggregator.Options.defaults().withModels(List.of(now))).judgments();
        assertEquals(2, js.size());
        Judgment current = js.stream().filter(j -> j.model().equals("m")).findFirst().orElseThrow();
        assertEquals(1, current.nSamples());
        assertEquals(1.0, current.values()[LOVE]);
        Judgment older = js.stream().filter(j -> !j.model().equals("m")).findFirst().orElseThrow();
        assertEquals("m~" + before.identity().substring(0, 8), older.model());
        assertEquals(1.0, older.values()[JOY]);
        // without a configuration there is nothing to tell them apart by: one id, as stored
        assertEquals(1, Aggregator.judgments(f, "goemotions", Aggregator.Options.defaults()).judgments().size());
    }

    static SampleRecord eb(int sample, double... vad) {
        return new SampleRecord(SampleKey.sha256("eb" + sample), "emobank", "e1", "m", "openai", "u", "m", Mode.SAMPLE,
                "emobank-paper-v1", 0.7, null, 200, 42 + sample, sample, Status.OK, vad, "raw", null, 200, 1, 10, 2, 5, "a", "b",
                "stop", null);
    }

    /**
     * Concurrent workers store samples in whatever order they finish; the judgments must not depend
     * on it. 1.0 + 1.2 + 1.6 is 3.8000000000000003 added in one order and 3.8 in the other, so
     * summing in store order gives a valence that differs in the last bit between two runs.
     */
    @Test
    void judgmentsDoNotDependOnTheOrderSamplesWereStored() throws Exception {
        SampleRecord[] r = {eb(0, 1.0, 2, 3), eb(1, 1.2, 2, 3), eb(2, 1.6, 2, 3)};
        java.nio.file.Files.createDirectories(dir.resolve("a"));
        java.nio.file.Files.createDirectories(dir.resolve("b"));
        Path inOrder = dir.resolve("a/s.jsonl"), reversed = dir.resolve("b/s.jsonl"); // same name: it is in the provenance
        try (ResponseStore a = ResponseStore.open(inOrder); ResponseStore b = ResponseStore.open(reversed)) {
            for (int i = 0; i < r.length; i++) {
                a.append(r[i]);
                b.append(r[r.length - 1 - i]);
            }
        }
        Judgment ja = Aggregator.judgments(inOrder, "emobank", Aggregator.Options.defaults()).judgments().get(0);
        Judgment jb = Aggregator.judgments(reversed, "emobank", Aggregator.Options.defaults()).judgments().get(0);
        assertEquals(ja.values()[0], jb.values()[0], 0.0);
        assertEquals((1.0 + 1.2 + 1.6) / 3, ja.values()[0], 0.0); // summed in sample order
        assertArrayEquals(ja.samples()[0], jb.samples()[0]);
        assertEquals(1.6, jb.samples()[2][0]);
        Path wa = dir.resolve("ja"), wb = dir.resolve("jb");
        Path fa = Aggregator.write(wa, new Aggregator.Result(List.of(ja), Map.of(), 3, 0)).get(0);
        Path fb = Aggregator.write(wb, new Aggregator.Result(List.of(jb), Map.of(), 3, 0)).get(0);
        assertArrayEquals(java.nio.file.Files.readAllBytes(fa), java.nio.file.Files.readAllBytes(fb));
    }
}
