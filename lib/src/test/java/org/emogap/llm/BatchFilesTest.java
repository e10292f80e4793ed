package org.emogap.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class BatchFilesTest {
    @TempDir Path dir;

    @Test
    void exportThenImportStoresEachSampleOnceAndARunAfterwardsSendsNothing() throws Exception {
        ModelConfig m = ModelConfig.openAi("gpt", "http://127.0.0.1:1/v1", "gpt-x", null);
        Plan plan = new Plan("goemotions", List.of(new Item("a", "so happy"), new Item("b", "meh")), List.of(m),
                List.of(0.0, 1.0), 2, Prompt.resource("goemotions-paper-v1"), 200, 42, 0);
        Path in = dir.resolve("in.jsonl"), out = dir.resolve("out.jsonl");
        ObjectMapper json = new ObjectMapper();
        try (ResponseStore s = ResponseStore.open(dir.resolve("s.jsonl"))) {
            assertEquals(8, BatchFiles.export(plan, s, in));
            // the batch service's output: answer every request, the last one with an error
            List<String> lines = Files.readAllLines(in);
            List<String> outLines = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                JsonNode req = json.readTree(lines.get(i));
                assertEquals("/v1/chat/completions", req.get("url").asText());
                assertEquals("gpt-x", req.get("body").get("model").asText());
                String id = req.get("custom_id").asText();
                outLines.add(i < lines.size() - 1
                        ? "{\"id\":\"batch_req_" + i + "\",\"custom_id\":\"" + id + "\",\"response\":{\"status_code\":200,\"request_id\":\"r\",\"body\":"
                          + "{\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"[\\\"joy\\\"]\"},\"finish_reason\":\"stop\"}],"
                          + "\"usage\":{\"prompt_tokens\":170,\"completion_tokens\":4}}},\"error\":null}"
                        : "{\"id\":\"batch_req_x\",\"custom_id\":\"" + id + "\",\"response\":null,\"error\":{\"code\":\"server_error\",\"message\":\"oops\"}}");
            }
            outLines.add("{\"custom_id\":\"" + SampleKey.sha256Hex("other") + "\",\"response\":{\"status_code\":200,\"body\":{}},\"error\":null}");
            Files.write(out, outLines);
            BatchFiles.Imported r = BatchFiles.importResults(plan, out, s);
            assertEquals(8, r.stored());
            assertEquals(1, r.notInPlan());
            assertEquals(Map.of(Status.OK, 7, Status.ERROR, 1), r.statuses());
            // importing again stores nothing more
            BatchFiles.Imported again = BatchFiles.importResults(plan, out, s);
            assertEquals(0, again.stored());   // an error replaces nothing, not even an error
            assertEquals(8, again.alreadyStored());
            // nothing left to ask except errors
            assertEquals(0, Runner.builder(s).build().estimate(plan).requests());
            assertEquals(1, Runner.builder(s).retryErrors(true).build().estimate(plan).requests());
        }
    }

    @Test
    void importedLogprobsAnswersKeepTheirTokenData() throws Exception {
        ModelConfig m = ModelConfig.openAi("gpt", "http://127.0.0.1:1/v1", "gpt-x", null);
        Plan plan = new Plan("goemotions", List.of(new Item("a", "so happy")), List.of(m), List.of(0.0), 1,
                Prompt.resource("goemotions-logprobs-v1"), 200, 42, 20);
        Path in = dir.resolve("in.jsonl"), out = dir.resolve("out.jsonl"), store = dir.resolve("s.jsonl");
        try (ResponseStore s = ResponseStore.open(store)) {
            BatchFiles.export(plan, s, in);
            String id = new ObjectMapper().readTree(Files.readAllLines(in).get(0)).get("custom_id").asText();
            Files.writeString(out, "{\"custom_id\":\"" + id + "\",\"response\":{\"status_code\":200,\"request_id\":\"req_9\",\"body\":"
                    + "{\"id\":\"chatcmpl-9\",\"model\":\"gpt-x-2026\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"[\\\"joy\\\"]\"},"
                    + "\"logprobs\":{\"content\":[{\"token\":\"joy\",\"logprob\":-0.1,\"top_logprobs\":[{\"token\":\"joy\",\"logprob\":-0.1},"
                    + "{\"token\":\"love\",\"logprob\":-2.5}]}]},\"finish_reason\":\"stop\"}],"
                    + "\"usage\":{\"prompt_tokens\":170,\"completion_tokens\":4}}},\"error\":null}\n");
            assertEquals(1, BatchFiles.importResults(plan, out, s).stored());
        }
        List<SampleRecord> recs = new ArrayList<>();
        ResponseStore.read(store, recs::add);
        assertEquals("[[\"joy\",-0.1,[[\"joy\",-0.1],[\"love\",-2.5]]]]", recs.get(0).logprobs());
        assertEquals("gpt-x-2026", recs.get(0).provenance().get("response_model"));
        assertEquals("req_9", recs.get(0).provenance().get("request_id"));
    }
}
