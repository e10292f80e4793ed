package org.emogap.llm;

import org.emogap.Project;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Map;

/** The facade notebooks use: where stores live, which models can be called, items from ids and texts. */
public final class Llm {
    private Llm() {}

    /** The sample store of a dataset: {@code <EMOGAP_LLM_STORE or data/llm>/<dataset>.jsonl}. */
    public static Path storeFile(String dataset) {
        String dir = Project.setting("EMOGAP_LLM_STORE", null);
        return (dir != null ? Path.of(dir) : Project.root().resolve("data").resolve("llm")).resolve(dataset + ".jsonl");
    }

    /**
     * Null when the model answers a listing of its server's models within 5 s, else why not (a missing
     * key names its variable; an HTTP status or connection failure is given as such).
     */
    public static String probe(ModelConfig m) {
        String p = m.problem();
        if (p != null) return p;
        String url = m.provider().equals("anthropic") && !m.baseUrl().endsWith("/v1") ? m.baseUrl() + "/v1/models" : m.baseUrl() + "/models";
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET();
        String key = m.apiKey();
        if (key != null) {
            if (m.provider().equals("anthropic")) b.header("x-api-key", key).header("anthropic-version", AnthropicClient.VERSION);
            else b.header("authorization", "Bearer " + key);
        }
        try {
            HttpResponse<Void> r = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
                    .send(b.build(), HttpResponse.BodyHandlers.discarding());
            return r.statusCode() / 100 == 2 ? null : "HTTP " + r.statusCode() + " from " + url;
        } catch (IOException e) {
            return "cannot reach " + url + " (" + e.getClass().getSimpleName() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        } catch (IllegalArgumentException e) {
            return "bad base URL " + m.baseUrl();
        }
    }

    /** The configured models as a table with whether each can be called now (probing each once). */
    public static Table modelTable(Collection<ModelConfig> models) {
        StringColumn id = StringColumn.create("model"), provider = StringColumn.create("provider"),
                url = StringColumn.create("base_url"), name = StringColumn.create("api_model"),
                key = StringColumn.create("key_variable"), state = StringColumn.create("status");
        DoubleColumn in = DoubleColumn.create("usd_per_mtok_in"), out = DoubleColumn.create("usd_per_mtok_out");
        for (ModelConfig m : models) {
            id.append(m.id());
            provider.append(m.provider());
            url.append(m.baseUrl());
            name.append(m.model());
            key.append(m.apiKeyEnv() == null ? "" : m.apiKeyEnv());
            in.append(m.priceIn());
            out.append(m.priceOut());
            String p = probe(m);
            state.append(p == null ? "ready" : p);
        }
        return Table.create("configured models", id, provider, url, name, key, in, out, state);
    }

    /** The models of a table from {@link #modelTable} whose status is ready. */
    public static List<ModelConfig> ready(Collection<ModelConfig> models, Table modelTable) {
        List<ModelConfig> out = new ArrayList<>();
        for (ModelConfig m : models) {
            for (int r = 0; r < modelTable.rowCount(); r++) {
                if (modelTable.stringColumn("model").get(r).equals(m.id()) && modelTable.stringColumn("status").get(r).equals("ready")) out.add(m);
            }
        }
        return out;
    }

    /**
     * One row per dataset: how many items a run would annotate and their mean and longest length in
     * characters (a run's tokens and cost are {@link Estimate}'s).
     */
    public static Table itemTable(Map<String, List<Item>> items) {
        StringColumn ds = StringColumn.create("dataset");
        IntColumn n = IntColumn.create("items"), longest = IntColumn.create("longest_chars");
        DoubleColumn mean = DoubleColumn.create("mean_chars");
        for (var e : items.entrySet()) {
            ds.append(e.getKey());
            n.append(e.getValue().size());
            IntSummaryStatistics len = e.getValue().stream().mapToInt(i -> i.text().length()).summaryStatistics();
            mean.append(len.getCount() == 0 ? Double.NaN : len.getAverage());
            longest.append(len.getCount() == 0 ? 0 : len.getMax());
        }
        return Table.create("items to annotate", ds, n, mean, longest);
    }

    /** Items in the order of {@code ids}, the first {@code limit} (0 = all); an id without a text is an error. */
    public static List<Item> items(List<String> ids, Map<String, String> texts, int limit) {
        List<Item> out = new ArrayList<>();
        for (String id : ids) {
            if (limit > 0 && out.size() >= limit) break;
            String t = texts.get(id);
            if (t == null) throw new IllegalArgumentException("item " + id + " of the core set has no text");
            out.add(new Item(id, t));
        }
        return out;
    }
}
