package org.emogap.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.emogap.io.DataFileException;
import org.emogap.io.TextLines;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * OpenAI Batch API files: export the samples a plan still needs as batch input lines (custom_id =
 * sample key, body = exactly what the runner would send), and import a batch output file into the
 * store as ordinary samples. Only OpenAI-compatible models can be exported.
 */
public final class BatchFiles {
    private static final ObjectMapper JSON = new ObjectMapper();

    private BatchFiles() {}

    /** What an import did: samples stored, lines skipped because already stored or not in the plan. */
    public record Imported(int stored, int alreadyStored, int notInPlan, Map<Status, Integer> statuses) {}

    /** Writes one batch input line per sample of the plan not yet in the store; returns how many. */
    public static int export(Plan plan, ResponseStore store, Path out) {
        int n = 0;
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (ModelConfig m : plan.models()) {
                if (!m.provider().equals("openai")) throw new IllegalArgumentException("model " + m.id() + ": only OpenAI-compatible models can be batched");
                OpenAiClient c = new OpenAiClient(m, null);
                for (Plan.Task t : plan.tasks(m)) {
                    if (store.status(t.key()) != null) continue;
                    ObjectNode line = JSON.createObjectNode();
                    line.put("custom_id", t.key());
                    line.put("method", "POST");
                    line.put("url", "/v1/chat/completions");
                    line.set("body", c.fullBody(t.request()));
                    w.write(line.toString());
                    w.write('\n');
                    n++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
        }
        return n;
    }

    /** Stores the answers of a batch output (or error) file; bad lines are reported as {@code file:line}. */
    public static Imported importResults(Plan plan, Path batchOutput, ResponseStore store) {
        Map<String, Plan.Task> tasks = new HashMap<>();
        Map<String, OpenAiClient> clients = new HashMap<>();
        for (ModelConfig m : plan.models()) {
            clients.put(m.id(), new OpenAiClient(m, null));
            for (Plan.Task t : plan.tasks(m)) tasks.put(t.key(), t);
        }
        int[] n = new int[3]; // stored, already stored, not of this plan
        Map<Status, Integer> statuses = new java.util.EnumMap<>(Status.class);
        TextLines.forEach(batchOutput, (lineNo, line) -> {
            if (line.isBlank()) return;
            JsonNode o;
            try {
                o = JSON.readTree(line);
            } catch (JsonProcessingException e) {
                throw new DataFileException(batchOutput, lineNo, "not JSON: " + e.getOriginalMessage(), e);
            }
            Plan.Task t = tasks.get(o.path("custom_id").asText(""));
            if (t == null) { n[2]++; return; }
            Status now = store.status(t.key());
            if (now != null && now != Status.ERROR) { n[1]++; return; }
            SampleRecord rec = record(plan, t, clients.get(t.model().id()), o);
            // a stored error is replaced only by an answer, so re-importing a file adds nothing
            if (now == Status.ERROR && rec.status() == Status.ERROR) { n[1]++; return; }
            store.append(rec);
            statuses.merge(rec.status(), 1, Integer::sum);
            n[0]++;
        });
        return new Imported(n[0], n[1], n[2], statuses);
    }

    private static SampleRecord record(Plan plan, Plan.Task t, OpenAiClient client, JsonNode o) {
        JsonNode resp = o.path("response");
        int status = resp.path("status_code").asInt(0);
        JsonNode body = resp.path("body");
        String now = Instant.now().toString();
        Status st;
        double[] value = null;
        String raw = null, detail = null, stop = null, logprobs = null;
        int in = 0, out = 0;
        Map<String, String> prov = new java.util.TreeMap<>();
        prov.put("identity", t.model().identity());
        prov.put("batch_custom_id", o.path("custom_id").asText(""));
        if (!o.path("error").isNull() && !o.path("error").isMissingNode() || status / 100 != 2 || !body.isObject()) {
            st = Status.ERROR;
            detail = "batch: HTTP " + status + ": " + Parsers.clip((o.path("error").isObject() ? o.path("error") : body).toString());
        } else {
            try {
                ChatResponse r = client.parse(status, body);
                Parsed p = Parsers.parse(plan.dataset(), plan.mode(), r);
                st = p.status();
                value = p.value();
                detail = p.detail();
                raw = r.text();
                stop = r.stopReason();
                in = r.tokensIn();
                out = r.tokensOut();
                // the raw token data, as the online path keeps it
                if (plan.mode() == Mode.LOGPROBS) logprobs = Runner.logprobsJson(r);
                prov.putAll(r.meta());
                String requestId = resp.path("request_id").asText("");
                if (!requestId.isEmpty()) prov.put("request_id", requestId);
            } catch (ApiException e) {
                st = Status.ERROR;
                detail = "batch: " + e.getMessage();
            }
        }
        ChatRequest q = t.request();
        ModelConfig m = t.model();
        return new SampleRecord(t.key(), plan.dataset(), t.item().id(), m.id(), m.provider(), m.baseUrl(), m.model(),
                plan.mode(), plan.prompt().version(), t.temperature(), q.topP(), q.maxTokens(), q.seed(), t.sample(),
                st, value, raw, detail, status, 1, in, out, 0, now, now, stop, logprobs, prov);
    }
}
