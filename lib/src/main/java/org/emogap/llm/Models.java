package org.emogap.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.emogap.Project;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the model configuration: a JSON file (path from {@code EMOGAP_MODELS}, default
 * {@code models.json} in the project root; {@code environment/models.example.json} shows the format)
 * with a {@code models} list and a {@code prices} table (USD per million tokens, by model id). A file
 * named by {@code EMOGAP_PRICES} overrides single prices without editing the model list.
 */
public final class Models {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Models() {}

    /** {@code EMOGAP_MODELS}, else {@code models.json} under the project root. */
    public static Path defaultFile() {
        String env = Project.setting("EMOGAP_MODELS", null);
        return env != null ? Path.of(env) : Project.root().resolve("models.json");
    }

    /** The configured models, or an empty list when the default file does not exist. */
    public static List<ModelConfig> configured() {
        Path f = defaultFile();
        return Files.isRegularFile(f) ? load(f) : List.of();
    }

    /** Reads a models file; errors name the file and the model. */
    public static List<ModelConfig> load(Path file) {
        JsonNode root = readJson(file);
        JsonNode prices = root.path("prices");
        String override = Project.setting("EMOGAP_PRICES", null);
        JsonNode overrides = override == null ? JSON.createObjectNode() : readJson(Path.of(override));
        List<ModelConfig> out = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        int n = 0;
        for (JsonNode m : root.path("models")) {
            n++;
            String where = file + ": models[" + (n - 1) + "]";
            try {
                String id = req(m, "id");
                if (!ids.add(id)) throw new IllegalArgumentException("duplicate id '" + id + "'");
                JsonNode price = overrides.has(id) ? overrides.get(id) : prices.path(id);
                for (Iterator<String> it = m.fieldNames(); it.hasNext(); ) {
                    String f = it.next();
                    if (!KNOWN.contains(f)) throw new IllegalArgumentException("unknown field '" + f + "' (known: " + KNOWN + ")");
                }
                JsonNode extra = m.get("extra_body");
                out.add(new ModelConfig(id, req(m, "provider"), req(m, "base_url"), req(m, "model"),
                        m.hasNonNull("api_key_env") ? m.get("api_key_env").asText() : null,
                        m.path("max_tokens_field").asText("max_tokens"),
                        m.path("seed").asBoolean(req(m, "provider").equals("openai")),
                        m.path("logprobs").asBoolean(false),
                        m.hasNonNull("top_p") ? m.get("top_p").asDouble() : null,
                        m.hasNonNull("max_tokens") ? m.get("max_tokens").asInt() : null,
                        extra == null || extra.isNull() ? null : extra.toString(),
                        m.path("concurrency").asInt(8), m.path("requests_per_minute").asInt(0),
                        m.path("tokens_per_minute").asInt(0), m.path("timeout_seconds").asInt(60),
                        m.path("max_attempts").asInt(6), price.path("input_per_mtok").asDouble(0),
                        price.path("output_per_mtok").asDouble(0)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
            }
        }
        return List.copyOf(out);
    }

    private static final Set<String> KNOWN = Set.of("id", "provider", "base_url", "model", "api_key_env",
            "max_tokens_field", "seed", "logprobs", "top_p", "max_tokens", "extra_body", "concurrency",
            "requests_per_minute", "tokens_per_minute", "timeout_seconds", "max_attempts", "note");

    private static String req(JsonNode m, String f) {
        JsonNode v = m.get(f);
        if (v == null || v.isNull() || v.asText().isBlank()) throw new IllegalArgumentException("field '" + f + "' is missing");
        return v.asText();
    }

    private static JsonNode readJson(Path file) {
        try {
            return JSON.readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(file + ":" + e.getLocation().getLineNr() + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
