package org.emogap.llm;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.emogap.io.DataFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

/** The aggregator's fast reader against the full record reader, field by field. */
class SampleFieldsTest {
    @TempDir Path dir;

    static SampleRecord random(Random rnd, int i) {
        boolean ok = rnd.nextBoolean();
        double[] v = null;
        if (ok || rnd.nextBoolean()) {
            v = new double[rnd.nextBoolean() ? 28 : 3];
            for (int k = 0; k < v.length; k++) v[k] = rnd.nextInt(3) == 0 ? rnd.nextInt(2) : 1 + rnd.nextInt(41) / 10.0 + rnd.nextDouble() / 1e6;
        }
        Status st = ok ? Status.OK : Status.values()[1 + rnd.nextInt(Status.values().length - 1)];
        if (st == Status.OK && v == null) v = new double[]{1, 2, 3};
        Map<String, String> prov = rnd.nextBoolean() ? Map.of("identity", "id" + rnd.nextInt(3), "response_model", "m-2026") : null;
        return new SampleRecord(SampleKey.sha256Hex("k" + i), rnd.nextBoolean() ? "goemotions" : "emobank", "item \"" + i + "\" é",
                "model-" + rnd.nextInt(3), "openai", "http://h:8000/v1", "api-" + rnd.nextInt(2), Mode.values()[rnd.nextInt(3)],
                "prompt-v" + rnd.nextInt(2), rnd.nextInt(5) * 0.25, null, 200, 42, i % 10, st, v,
                "raw text with \\n, \"quotes\" and ünïcode", "detail", 200, 1, 10, 2, 5, "a", "b", "stop", rnd.nextBoolean() ? "[[\"x\",-0.1,[]]]" : null, prov);
    }

    @Test
    void readsWhatTheRecordReaderReads() throws Exception {
        Random rnd = new Random(7);
        ObjectMapper json = new ObjectMapper();
        SampleFields f = new SampleFields();
        SampleFields.Repeats rep = new SampleFields.Repeats();
        for (int i = 0; i < 2000; i++) {
            SampleRecord r = random(rnd, i);
            byte[] line = r.toJson().getBytes(StandardCharsets.UTF_8);
            f.parse(line, 0, line.length, rep);
            SampleRecord back = SampleRecord.fromJson(json.readTree(line));
            assertEquals(ResponseStore.K.of(back.key()), f.keyBits);
            assertEquals(back.dataset(), f.dataset);
            assertEquals(back.item(), f.item);
            assertEquals(back.model(), f.model);
            assertEquals(back.provider(), f.provider);
            assertEquals(back.baseUrl(), f.baseUrl);
            assertEquals(back.apiModel(), f.apiModel);
            assertEquals(back.prompt(), f.prompt);
            assertEquals(back.mode(), f.mode);
            assertEquals(back.status(), f.status);
            assertEquals(back.temperature(), f.temperature);
            assertEquals(back.sample(), f.sample);
            assertEquals(back.provenance().get("identity"), f.identity);
            assertArrayEquals(back.value(), f.valueCopy());
        }
    }

    @Test
    void parseAheadKeepsFileOrderAndNamesABadLine() throws Exception {
        Random rnd = new Random(3);
        Path store = dir.resolve("s.jsonl");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 3000; i++) lines.add(random(rnd, i).toJson());
        lines.add(1700, "");
        Files.write(store, lines);
        List<String> items = new ArrayList<>();
        SampleFields.parseAhead(store, f -> items.add(f.item));
        assertEquals(3000, items.size());
        for (int i = 0; i < 3000; i++) assertEquals("item \"" + i + "\" é", items.get(i));
        lines.set(2500, "{\"key\": 12");
        Files.write(store, lines);
        DataFileException e = assertThrows(DataFileException.class, () -> SampleFields.parseAhead(store, f -> { }));
        assertEquals(2501, e.line());
    }

    @Test
    void keyIndexFindsEveryKeyAndSaysWhenOneCameBefore() {
        KeyIndex idx = new KeyIndex(4);
        Random rnd = new Random(1);
        long[][] keys = new long[50_000][2];
        for (int i = 0; i < keys.length; i++) {
            keys[i][0] = rnd.nextLong();
            keys[i][1] = rnd.nextLong();
            assertFalse(idx.put(keys[i][0], keys[i][1], i));
        }
        assertEquals(keys.length, idx.size());
        for (int i = 0; i < keys.length; i++) assertEquals(i, idx.get(keys[i][0], keys[i][1]));
        assertTrue(idx.put(keys[7][0], keys[7][1], 99_999));
        assertEquals(99_999, idx.get(keys[7][0], keys[7][1]));
        assertEquals(keys.length, idx.size());
        assertEquals(-1, idx.get(1, 2));
    }
}
